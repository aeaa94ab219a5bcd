package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Runs and paragraph settings in the document's one typeface. */
final class Runs {
    static final String FONT = "Times New Roman";
    /** Body text size (Decree 30: 13–14 pt). */
    static final int BODY = 14;
    /** First-line indent of a body paragraph, 12.7 mm as the PDF. */
    static final int INDENT = Pages.mm(12.7);
    /** 6 pt after a paragraph, in twentieths of a point. */
    static final int AFTER = 120;

    private Runs() {
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (!text.isEmpty()) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }
        return run;
    }

    /** A justified body paragraph indented on its first line. */
    static void body(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        paragraph.setSpacingAfter(AFTER);
    }

    static void centred(XWPFParagraph paragraph, int after) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(after);
    }

    /**
     * A short centred rule of {@code width} twips inside a column {@code column} twips wide: an empty
     * paragraph with a bottom border, indented from both sides.
     */
    static void rule(XWPFParagraph paragraph, int column, int width) {
        int side = Math.max(0, (column - width) / 2);
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        XWPFRun run = run(paragraph, "", 2, false, false);
        run.setFontSize(2);
    }
}
