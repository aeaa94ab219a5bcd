package plandoc.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import plandoc.resolved.StampView;

/**
 * Độ mật and độ khẩn in the Word copy as in the PDF: under the number, upper-case bold 13 pt in bright red, in a
 * single-line red frame of the stamp's fixed width and 8 mm height. The frame is the paragraph's border, its width
 * set by indenting the paragraph equally from both sides of the header's left cell. Two stamps are kept apart by
 * an empty paragraph ({@link #gap}): Word and LibreOffice draw consecutive paragraphs with the same borders and
 * indents (MẬT over KHẨN, both 20 mm) as one box, which would read as a single stamp.
 */
final class Stamps {
    private static final String RED = "FF0000";

    private Stamps() {
    }

    /** The space between two stamps, 4 pt as in the PDF: its own paragraph, so their frames stay two. */
    static void gap(XWPFParagraph paragraph) {
        CTSpacing spacing = spacing(paragraph);
        spacing.setLine(BigInteger.valueOf(80));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }

    /**
     * @param cellWidth the left header cell's width in twips
     * @param afterGap  whether a {@link #gap} precedes it (the second stamp), which already makes the space above
     */
    static void add(XWPFParagraph paragraph, StampView stamp, int cellWidth, boolean afterGap) {
        int side = Math.max(0, (cellWidth - Pages.mm(stamp.widthMm())) / 2);
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setSpacingBefore(afterGap ? 0 : 80); // 4 pt under the number, as the PDF's margin
        CTSpacing spacing = spacing(paragraph);
        // The frame's inside is the line: 8 mm less the two borders, exactly.
        spacing.setLine(BigInteger.valueOf(Pages.mm(7.4)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        CTPPr ppr = paragraph.getCTP().getPPr();
        CTPBdr borders = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(),
                borders.addNewRight()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(6)); // eighths of a point: 0.75 pt, as the PDF's frame
            border.setSpace(BigInteger.ZERO);
            border.setColor(RED);
        }
        XWPFRun run = Runs.run(paragraph, stamp.text(), 13, true, false);
        run.setColor(RED);
    }

    private static CTSpacing spacing(XWPFParagraph paragraph) {
        CTPPr ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
    }
}
