package plandoc.load;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The size an SVG image prints at, in CSS pixels, one reading for check ({@link SvgFile}), the PDF
 * ({@code render.pdf.SvgDrawer}) and the Word copy ({@code render.docx.SvgPicture}), so all print it the same size: the
 * viewBox's, else the width and height, else 400 × 400 (openhtmltopdf's size for an SVG without one). Shrunk to the
 * text width; no taller than a page ({@link #TALLEST_MM}).
 */
public final class SvgSize {
    /** What openhtmltopdf draws an SVG without a size of its own at, in CSS pixels. */
    private static final double UNSIZED = 400;
    /** The text block of an A4 page (pdf.css: 210 − 30 − 15 mm wide, 297 − 20 − 20 mm high), in millimetres. */
    public static final double WIDEST_MM = 165;
    /** As {@link #WIDEST_MM}: an image taller than this, at the width it prints, does not fit on a page. */
    public static final double TALLEST_MM = 257;
    /**
     * What a page keeps beside a drawing the PDF and the Word copy print, in millimetres: the figure's margins and
     * the appendix's end mark "./." (15 mm: a drawing the whole text block high left a blank page before it), and an
     * appendix's heading above a drawing that opens it (45 mm: "Phụ lục II", its title in capitals, the italic line
     * naming the document; without it the drawing moved overleaf and left the heading alone, s30 review R1). A
     * drawing taller than the rest is shrunk to it, its proportions kept.
     */
    public static final double BESIDE_DRAWING_MM = 60;
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9.]+)\\s*(px|pt|mm|cm|in)?\\s*");

    private SvgSize() {
    }

    /** The SVG's size in CSS pixels, {@code [width, height]}; 400 × 400 when it gives none. */
    public static double[] cssPixels(Element root) {
        double[] size = given(root);
        return size != null ? size : new double[] {UNSIZED, UNSIZED};
    }

    /** As {@link #cssPixels}, or null when the SVG gives no size of its own. */
    public static double[] given(Element root) {
        return given(root::getAttribute);
    }

    /** As {@link #given(Element)}, the root's attributes read by {@code attribute} ("" or null when absent). */
    static double[] given(UnaryOperator<String> attribute) {
        String[] box = String.valueOf(attribute.apply("viewBox")).trim().split("[\\s,]+");
        if (box.length == 4) {
            try {
                double w = Double.parseDouble(box[2]);
                double h = Double.parseDouble(box[3]);
                if (w > 0 && h > 0) {
                    return new double[] {w, h};
                }
            } catch (NumberFormatException e) {
                // not a viewBox: the width and height, below
            }
        }
        double w = pixels(attribute.apply("width"));
        double h = pixels(attribute.apply("height"));
        return w > 0 && h > 0 ? new double[] {w, h} : null;
    }

    /** How high, in millimetres, an SVG of {@code size} CSS pixels prints: at most the text width wide. */
    static double printedHeightMm(double[] size) {
        double width = Math.min(WIDEST_MM, size[0] * 25.4 / 96);
        return width * size[1] / size[0];
    }

    /**
     * Whether a size or viewBox value holds a number no drawing has: not finite where Batik reads it (a float: 1e40 is
     * infinite), not a number ({@code NaN}), or over {@value #FARTHEST} (a billion pixels is 2,600 km at 96 dpi; a
     * map drawn in metres stays far under it).
     */
    static boolean absurd(String value) {
        Matcher number = NUMBER.matcher(value);
        while (number.find()) {
            String found = number.group();
            if (found.matches("(?i)[+-]?(nan|infinity)")) {
                return true;
            }
            float read = Float.parseFloat(found);
            if (!Float.isFinite(read) || Math.abs(read) > FARTHEST) {
                return true;
            }
        }
        return false;
    }

    /** A number as SVG writes it, or as Java would read a NaN or an infinity. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)[+-]?(?:nan|infinity|(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)");
    /** The farthest coordinate or size a drawing's root may give ({@link #absurd}). */
    static final double FARTHEST = 1e9;

    private static double pixels(String length) {
        Matcher m = LENGTH.matcher(length == null ? "" : length);
        if (!m.matches()) {
            return -1;
        }
        double value;
        try {
            value = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
        String unit = m.group(2) == null ? "px" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "pt" -> value * 96 / 72;
            case "mm" -> value * 96 / 25.4;
            case "cm" -> value * 96 / 2.54;
            case "in" -> value * 96;
            default -> value;
        };
    }
}
