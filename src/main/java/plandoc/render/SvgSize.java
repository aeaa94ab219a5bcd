package plandoc.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The size an SVG image prints at, in CSS pixels, one reading for the PDF ({@code pdf.SvgDrawer}) and the Word copy
 * ({@code docx.SvgPicture}), so both print it the same size: the viewBox's, else the width and height, else 400 × 400
 * (openhtmltopdf's size for an SVG without one).
 */
public final class SvgSize {
    /** What openhtmltopdf draws an SVG without a size of its own at, in CSS pixels. */
    private static final double UNSIZED = 400;
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
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
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
        double w = pixels(root.getAttribute("width"));
        double h = pixels(root.getAttribute("height"));
        return w > 0 && h > 0 ? new double[] {w, h} : null;
    }

    private static double pixels(String length) {
        Matcher m = LENGTH.matcher(length);
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
