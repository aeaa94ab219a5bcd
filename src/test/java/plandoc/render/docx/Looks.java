package plandoc.render.docx;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a paragraph or run prints, as Word resolves it: its own properties, else its paragraph style's,
 * else the styles that style is based on, else the document defaults. POI's getters read only a
 * paragraph's or run's own properties.
 */
final class Looks {
    private Looks() {
    }

    static boolean bold(XWPFRun run) {
        return onOff(run, r -> r.sizeOfBArray() > 0 ? r.getBArray(0) : null);
    }

    static boolean italic(XWPFRun run) {
        return onOff(run, r -> r.sizeOfIArray() > 0 ? r.getIArray(0) : null);
    }

    static double size(XWPFRun run) {
        return runProperty(run, r -> r.sizeOfSzArray() > 0 ? r.getSzArray(0).getVal() : null)
                .map(v -> ((BigInteger) v).doubleValue() / 2).orElse(10.0);
    }

    static String font(XWPFRun run) {
        return runProperty(run, r -> r.sizeOfRFontsArray() > 0 ? r.getRFontsArray(0).getAscii() : null).orElse(null);
    }

    static ParagraphAlignment alignment(XWPFParagraph p) {
        return paragraphProperty(p, pr -> pr.isSetJc() ? pr.getJc().getVal() : null)
                .map(v -> ParagraphAlignment.valueOf(v.intValue())).orElse(ParagraphAlignment.LEFT);
    }

    static int firstLine(XWPFParagraph p) {
        return paragraphProperty(p, pr -> pr.isSetInd() && pr.getInd().isSetFirstLine() ? pr.getInd().getFirstLine() : null)
                .map(v -> ((BigInteger) v).intValue()).orElse(0);
    }

    static boolean keepNext(XWPFParagraph p) {
        return paragraphProperty(p, pr -> pr.isSetKeepNext() ? pr.getKeepNext() : null)
                .map(POIXMLUnits::parseOnOff).orElse(false);
    }

    /** Space before, in twentieths of a point. */
    static int before(XWPFParagraph p) {
        return paragraphProperty(p, pr -> pr.isSetSpacing() && pr.getSpacing().isSetBefore() ? pr.getSpacing().getBefore() : null)
                .map(v -> ((BigInteger) v).intValue()).orElse(0);
    }

    /** The line height as its rule and value ("atLeast 364": twentieths of a point; "auto 240": 240ths of a line). */
    static String lineHeight(XWPFParagraph p) {
        return paragraphProperty(p, pr -> pr.isSetSpacing() && pr.getSpacing().isSetLine()
                ? pr.getSpacing().getLineRule() + " " + pr.getSpacing().getLine() : null).orElse("auto 240");
    }

    /** The paragraph's style, then what it is based on; Normal when it names none. */
    static List<XWPFStyle> styles(XWPFParagraph p) {
        List<XWPFStyle> chain = new ArrayList<>();
        String id = p.getStyleID() == null ? "Normal" : p.getStyleID();
        while (id != null) {
            XWPFStyle style = p.getDocument().getStyles().getStyle(id);
            if (style == null) {
                break;
            }
            chain.add(style);
            id = style.getBasisStyleID();
        }
        return chain;
    }

    private static boolean onOff(XWPFRun run, Function<CTRPr, CTOnOff> get) {
        return runProperty(run, get).map(POIXMLUnits::parseOnOff).orElse(false);
    }

    private static <T> Optional<T> runProperty(XWPFRun run, Function<CTRPr, T> get) {
        if (run.getCTR().isSetRPr()) {
            T own = get.apply(run.getCTR().getRPr());
            if (own != null) {
                return Optional.of(own);
            }
        }
        XWPFParagraph p = (XWPFParagraph) run.getParent();
        for (XWPFStyle style : styles(p)) {
            if (style.getCTStyle().isSetRPr()) {
                T value = get.apply(style.getCTStyle().getRPr());
                if (value != null) {
                    return Optional.of(value);
                }
            }
        }
        var defaults = p.getDocument().getStyles().getCtStyles().getDocDefaults();
        if (defaults != null && defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()) {
            return Optional.ofNullable(get.apply(defaults.getRPrDefault().getRPr()));
        }
        return Optional.empty();
    }

    private static <T> Optional<T> paragraphProperty(XWPFParagraph p, Function<CTPPrBase, T> get) {
        if (p.getCTP().isSetPPr()) {
            T own = get.apply(p.getCTP().getPPr());
            if (own != null) {
                return Optional.of(own);
            }
        }
        for (XWPFStyle style : styles(p)) {
            if (style.getCTStyle().isSetPPr()) {
                T value = get.apply(style.getCTStyle().getPPr());
                if (value != null) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }
}
