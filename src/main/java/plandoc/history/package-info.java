/**
 * Reading git through JGit (never a {@code git} program): plan versions for {@code plandoc diff}, and
 * the {@link plandoc.history.Provenance} (commit, each plan's history) that published pages carry.
 */
package plandoc.history;
