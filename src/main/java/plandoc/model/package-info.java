/**
 * The plan as its author wrote it: immutable records, each carrying the source position it came
 * from. No I/O, no formatting, no arithmetic: those belong to {@code load} and {@code compute}.
 */
package plandoc.model;
