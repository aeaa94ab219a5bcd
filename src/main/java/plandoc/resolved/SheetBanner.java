package plandoc.resolved;

/**
 * A line above a table on its sheet.
 *
 * @param text    "PHỤ LỤC 03", the appendix title, or its caption
 * @param caption whether it is the caption ("(Kèm theo Quyết định số …)"), set in its own style
 */
public record SheetBanner(String text, boolean caption) {
}
