package plandoc.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The baseline for the big-plan benchmark: openhtmltopdf alone printing plandoc's page, with the
 * same paged-media stylesheet and the same four faces, and nothing of plandoc around it (no check,
 * no compute, no outline, no line-break rules, no JSON/CSV). Usage:
 * {@code BarePdf <page.html> <pdf.css> <out.pdf> [--flatten-header-rowspans]}.
 *
 * <p>With {@code --flatten-header-rowspans} the table headers are rewritten as plandoc's print
 * document rewrites them (a row-spanning header cell becomes a stack of single-row cells, working
 * round openhtmltopdf#214), so both render the same table structure.
 */
public final class BarePdf {
    private static final String FONTS = "com/mpobjects/jasperreports/fonts/liberation/";

    private BarePdf() {
    }

    public static void main(String[] args) throws IOException {
        Document page = Jsoup.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        page.select("link[rel~=(?i)stylesheet]").remove();
        page.head().appendElement("style").appendChild(new DataNode(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
        if (args.length > 3 && args[3].equals("--flatten-header-rowspans")) {
            page.select("thead").forEach(BarePdf::flatten);
        }
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
        font(builder, "LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(builder, "LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "file:///");
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            builder.toStream(out);
            builder.run();
        }
    }

    /** Each header row gets one cell per column start, continuing cells that spanned rows from above. */
    private static void flatten(Element thead) {
        List<Element> rows = thead.children().stream().filter(e -> e.nameIs("tr")).toList();
        List<TreeMap<Integer, Element>> grid = new ArrayList<>();
        rows.forEach(r -> grid.add(new TreeMap<>()));
        List<Set<Integer>> taken = new ArrayList<>();
        rows.forEach(r -> taken.add(new HashSet<>()));
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                while (taken.get(r).contains(column)) {
                    column++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = Math.min(span(cell, "rowspan"), rows.size() - r);
                for (int k = 0; k < rowspan; k++) {
                    for (int c = column; c < column + colspan; c++) {
                        taken.get(r + k).add(c);
                    }
                    Element here = cell;
                    if (k > 0) {
                        here = new Element(cell.tagName()).addClass("span-continued");
                        if (colspan > 1) {
                            here.attr("colspan", Integer.toString(colspan));
                        }
                    }
                    grid.get(r + k).put(column, here);
                }
                cell.removeAttr("rowspan");
                column += colspan;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            List<Element> cells = new ArrayList<>(grid.get(r).values());
            row.children().forEach(Element::remove);
            cells.forEach(row::appendChild);
        }
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        return value.matches("[1-9]\\d{0,2}") ? Integer.parseInt(value) : 1;
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style)
            throws IOException {
        byte[] bytes;
        try (InputStream in = BarePdf.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            bytes = in.readAllBytes();
        }
        builder.useFont(() -> new ByteArrayInputStream(bytes), "Times New Roman", weight, style, true);
    }
}
