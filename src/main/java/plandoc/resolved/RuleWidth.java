package plandoc.resolved;

/**
 * The width of a short rule the document draws under a line of its header (the issuer, the trích yếu), as compute
 * measured it from that line: the number for a renderer that draws the rule itself, the text for a template's CSS.
 * Both are the same tenth of a millimetre, so the Word copy draws the rule the PDF and the page print.
 *
 * @param mm  the width in millimetres, to a tenth (31.7)
 * @param css the same as the page's CSS writes it ("31.7mm")
 */
public record RuleWidth(double mm, String css) {
}
