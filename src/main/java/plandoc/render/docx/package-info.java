/**
 * The whole document as an editable Word file for review with tracked changes (see
 * {@link plandoc.render.docx.PlanDocument}).
 */
package plandoc.render.docx;
