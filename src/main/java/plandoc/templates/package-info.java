/**
 * Where the templates come from: the defaults packaged inside plandoc (so {@code build --content DIR}
 * works from any folder), overridden file by file by a province's {@code templates/} folder.
 */
package plandoc.templates;
