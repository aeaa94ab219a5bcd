package plandoc.render.docx;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

import java.math.BigInteger;

/**
 * The Decree-30 page and Word's sections. A Word section's properties sit at its end (on its last
 * paragraph, the last section's on the body), so a part is described when the next one starts. Every
 * part (the document, an attached plan, each appendix) starts a new page with page numbers restarting
 * at 1; the number is printed top centre and not on a part's first page (a blank first-page header).
 * A wide table inside a part gets a landscape section that continues the numbering.
 */
final class Pages {
    /** A4 in twentieths of a point. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    /** Decree 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm, in either orientation. */
    static final int TOP = mm(20);
    static final int BOTTOM = mm(20);
    static final int LEFT = mm(30);
    static final int RIGHT = mm(15);
    static final int PORTRAIT_TEXT = A4_SHORT - LEFT - RIGHT;
    /**
     * The page number's line (14 pt, single: 1.15 em) centred in the top margin, as the PDF's
     * {@code @top-center} (vertical-align: middle) prints it: 7.2 mm from the sheet's edge. At 10 mm the
     * number stood 10 pt lower than the PDF's, in the lower half of the margin.
     */
    static final int HEADER = (TOP - (int) Math.round(14 * 1.15 * 20)) / 2;
    static final int LANDSCAPE_TEXT = A4_LONG - LEFT - RIGHT;

    private final XWPFDocument document;
    private final CTHdrFtrRef[] headers;
    private boolean landscape;
    private boolean restart = true;

    Pages(XWPFDocument document) {
        this.document = document;
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        XWPFHeader numbered = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        pageNumber(numbered.getParagraphs().isEmpty() ? numbered.createParagraph() : numbered.getParagraphs().get(0));
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        this.headers = document.getDocument().getBody().getSectPr().getHeaderReferenceArray();
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    boolean landscape() {
        return landscape;
    }

    /** The width text and tables may take on the current page. */
    int textWidth() {
        return landscape ? LANDSCAPE_TEXT : PORTRAIT_TEXT;
    }

    /** Ends the current part; the next starts on a new page, numbered from 1. */
    void newPart(boolean nextLandscape) {
        close(document.createParagraph());
        landscape = nextLandscape;
        restart = true;
    }

    /** Ends the current section for a change of orientation inside a part; numbering continues. */
    void turn(boolean nextLandscape) {
        if (nextLandscape == landscape) {
            return;
        }
        close(document.createParagraph());
        landscape = nextLandscape;
        restart = false;
    }

    /** Describes the last section on the body. */
    void finish() {
        CTSectPr body = document.getDocument().getBody().getSectPr();
        describe(body);
    }

    private void close(XWPFParagraph end) {
        // The paragraph holding a section's properties is not in the PDF: 1 pt high, so it never takes a
        // line of the page the part ends on (as a 10 pt line it could push a full page's last lines over).
        Runs.gap(end, 1);
        CTSectPr sect = end.getCTP().getPPr().addNewSectPr();
        for (CTHdrFtrRef ref : headers) {
            CTHdrFtrRef copy = sect.addNewHeaderReference();
            copy.setType(ref.getType());
            copy.setId(ref.getId());
        }
        describe(sect);
    }

    private void describe(CTSectPr sect) {
        sect.addNewType().setVal(STSectionMark.NEXT_PAGE);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
        if (restart) {
            sect.addNewTitlePg();
            sect.addNewPgNumType().setStart(BigInteger.ONE);
        }
    }

    /** A centred PAGE field, in the header style (centred, 14 pt Times New Roman). */
    private static void pageNumber(XWPFParagraph paragraph) {
        Runs.style(paragraph, Styles.HEADER);
        XWPFRun begin = Runs.run(paragraph, "", 14, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = Runs.run(paragraph, "", 14, false, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = Runs.run(paragraph, "", 14, false, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        Runs.run(paragraph, "1", 14, false, false);
        XWPFRun end = Runs.run(paragraph, "", 14, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
