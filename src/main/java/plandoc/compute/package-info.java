/**
 * Pure computation from the authored {@code model} to the {@code resolved} document: exact budget
 * totals, numbering, appendix captions, reference labels, and the check of declared figures.
 * No I/O here; problems are reported with the position of the source that caused them.
 */
package plandoc.compute;
