package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import java.math.BigInteger;

/**
 * The document's defaults (styles.xml): Times New Roman 14 pt in every script and Vietnamese as the text's language, so Word and LibreOffice
 * check the spelling in Vietnamese rather than marking every word of the draft; widow and orphan
 * control, so a paragraph never leaves a single line at the foot or head of a page (the PDF's two lines;
 * Word applies it in table cells too, LibreOffice 7 still splits a row's cell after one line); and the
 * paragraph styles ({@link Styles}).
 */
final class DocumentDefaults {
    static final String LANGUAGE = "vi-VN";

    private DocumentDefaults() {
    }

    static void apply(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage(LANGUAGE);
        CTStyles ct = styles.getCtStyles();
        CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
        CTPPrDefault paragraph = defaults.isSetPPrDefault() ? defaults.getPPrDefault() : defaults.addNewPPrDefault();
        CTPPrGeneral properties = paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
        if (!properties.isSetWidowControl()) {
            properties.addNewWidowControl();
        }
        // The typeface and size for text no style names (typed in a new paragraph, a table Word adds).
        CTRPrDefault run = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr font = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        Styles.fonts(font.sizeOfRFontsArray() > 0 ? font.getRFontsArray(0) : font.addNewRFonts());
        BigInteger halfPoints = BigInteger.valueOf(Runs.BODY * 2L);
        font.addNewSz().setVal(halfPoints);
        font.addNewSzCs().setVal(halfPoints);
        Styles.define(ct);
    }
}
