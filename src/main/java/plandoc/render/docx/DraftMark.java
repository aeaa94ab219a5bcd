package plandoc.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;

/**
 * Issue 12: an e-office draft's Word copy is marked as its PDF is — "DỰ THẢO", bold 13 pt in a thin
 * frame, at the top right of every page, in the top margin. The mark is a framed paragraph in each
 * page header (first and following pages), anchored to the page, so it takes no line of the header
 * and leaves the page number and the body where they are.
 */
final class DraftMark {
    /** The frame's top edge from the page's top: centred on the 20 mm top margin, as the PDF's mark. */
    private static final int TOP = Pages.mm(7);

    private DraftMark() {
    }

    static void add(XWPFDocument document, String mark) {
        var policy = document.getHeaderFooterPolicy();
        for (XWPFHeader header : java.util.List.of(policy.getFirstPageHeader(), policy.getDefaultHeader())) {
            // Before the page number: LibreOffice places a frame after a header's other lines otherwise.
            XWPFParagraph paragraph = header.getParagraphs().isEmpty() ? header.createParagraph()
                    : header.insertNewParagraph(header.getParagraphs().get(0).getCTP().newCursor());
            Runs.style(paragraph, Styles.HEADER);
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            CTFramePr frame = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetFramePr()
                    ? paragraph.getCTP().getPPr().getFramePr()
                    : (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr())
                    .addNewFramePr();
            frame.setWrap(STWrap.AROUND);
            frame.setHAnchor(STHAnchor.MARGIN);
            frame.setXAlign(STXAlign.RIGHT);
            frame.setVAnchor(STVAnchor.PAGE);
            frame.setY(BigInteger.valueOf(TOP));
            XWPFRun run = Runs.run(paragraph, mark, 13, true, false);
            CTBorder border = (run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr()).addNewBdr();
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(6)); // eighths of a point: 0.75 pt, as the PDF's frame
            border.setSpace(BigInteger.ONE);
            border.setColor("000000");
        }
    }
}
