/** What the Office Open XML writers (XLSX, DOCX) share. */
package plandoc.render.office;
