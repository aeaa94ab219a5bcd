/**
 * The resolved document: everything a reader sees, numbered, totalled and formatted by
 * {@code compute}. Renderers only read these records; they never compute.
 */
package plandoc.resolved;
