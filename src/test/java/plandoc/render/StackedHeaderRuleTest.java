package plandoc.render;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ResolvedPlan;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of a table are drawn as plain rectangles (pdf.css, no-bevel): a stacked header cell
 * (render.pdf.HeaderRowspans) had bevelled pieces above and below a plain middle piece, which viewers draw
 * differently, a notch in the column rule where 424 PHỤ LỤC 06's header rows meet. Read back from the page:
 * every filled shape of the table is an upright rectangle, none a bevelled quadrilateral.
 */
class StackedHeaderRuleTest {
    @Test
    void everyRuleOfPhuLuc06IsARectangle() throws Exception {
        // 424 as every reading class shares it (rendered once per test JVM).
        TestRenderers.Rendered bundled = TestRenderers.bundled("ha-tinh-424-2022");
        ResolvedPlan plan = bundled.plan();
        byte[] pdf = bundled.files().files().stream()
                .filter(f -> f.name().equals(plan.info().fileStem() + ".pdf")).findFirst().orElseThrow().bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = null;
            for (int p = 1; p <= document.getNumberOfPages() && page == null; p++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(p);
                text.setEndPage(p);
                if (text.getText(document).contains("PHỤ LỤC 06")) {
                    page = document.getPage(p - 1);
                }
            }
            assertTrue(page != null, "a page with PHỤ LỤC 06");
            Fills fills = new Fills(page);
            fills.processPage(page);
            assertTrue(fills.shapes > 50, "the table's rules: " + fills.shapes);
            assertTrue(fills.bevelled.isEmpty(), "bevelled rules: " + fills.bevelled);
        }
    }

    /** Counts the filled four-cornered shapes (a closing point back to the first dropped) and keeps those that are not upright rectangles. */
    private static final class Fills extends PDFGraphicsStreamEngine {
        private final List<Point2D> points = new ArrayList<>();
        final List<String> bevelled = new ArrayList<>();
        int shapes;

        Fills(PDPage page) {
            super(page);
        }

        @Override
        public void fillPath(int windingRule) {
            if (points.size() == 5 && points.get(4).distance(points.get(0)) < 0.01) {
                points.remove(4);
            }
            if (points.size() == 4) {
                shapes++;
                for (int i = 0; i < 4; i++) {
                    Point2D a = points.get(i);
                    Point2D b = points.get((i + 1) % 4);
                    if (Math.abs(a.getX() - b.getX()) > 0.01 && Math.abs(a.getY() - b.getY()) > 0.01) {
                        bevelled.add(points.toString());
                        break;
                    }
                }
            }
            points.clear();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            points.addAll(List.of(p0, p1, p2, p3));
        }

        @Override
        public void moveTo(float x, float y) {
            points.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            points.add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            points.add(new Point2D.Float(x3, y3));
        }

        @Override
        public Point2D getCurrentPoint() {
            return points.isEmpty() ? new Point2D.Float() : points.get(points.size() - 1);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            points.clear();
        }

        @Override
        public void strokePath() {
            points.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
            points.clear();
        }
    }
}
