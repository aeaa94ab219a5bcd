/**
 * Reads plan folders: YAML into a position-carrying tree, then into {@code model} records, with
 * every shape problem (unknown key, wrong type, missing field) reported at its file:line:column.
 * The only package that touches Jackson or the file system for sources.
 */
package plandoc.load;
