package plandoc.layout;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The short horizontal rules drawn on a page (under the issuer, the trích yếu, the motto), read from its
 * paths with PDFBox: any filled or stroked path at most 2 pt tall and at least 3 mm long. Positions are
 * in points from the top-left corner, as {@link PrintedLines} gives glyphs. Also the upright rules (a
 * table's column rules, {@link #uprightXs}).
 */
public final class HorizontalRules {
    /** A rule from {@code left} to {@code right} at {@code y} from the top. */
    record Rule(float left, float right, float y) {
        float width() {
            return right - left;
        }
    }

    private HorizontalRules() {
    }

    static List<Rule> on(PDPage page) throws IOException {
        float height = page.getMediaBox().getHeight();
        List<Rule> rules = new ArrayList<>();
        for (Rectangle2D box : paths(page)) {
            if (box.getHeight() <= 2 && box.getWidth() >= 3 * PrintedLines.MM) {
                rules.add(new Rule((float) box.getMinX(), (float) box.getMaxX(), (float) (height - box.getCenterY())));
            }
        }
        return rules;
    }

    /**
     * The x of each upright rule of the page (a path at most 1.5 pt wide and at least 4 pt tall: a table's cell
     * rules), in points from the left edge, each once, in order.
     */
    static List<Float> uprightXs(PDPage page) throws IOException {
        java.util.TreeSet<Float> xs = new java.util.TreeSet<>();
        for (Rectangle2D box : uprights(page)) {
            xs.add((float) box.getCenterX());
        }
        return List.copyOf(xs);
    }

    /** The upright rules of the page as drawn (their whole width), in PDF coordinates. */
    public static List<Rectangle2D> uprights(PDPage page) throws IOException {
        return paths(page).stream().filter(box -> box.getWidth() <= 1.5 && box.getHeight() >= 4).toList();
    }

    /** The bounding box of every filled or stroked path of the page, in PDF coordinates. */
    private static List<Rectangle2D> paths(PDPage page) throws IOException {
        List<Rectangle2D> boxes = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<Point2D> path = new ArrayList<>();
            private Point2D current = new Point2D.Float();

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                path.addAll(List.of(p0, p1, p2, p3));
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
                path.add(current);
            }

            @Override
            public void lineTo(float x, float y) {
                current = new Point2D.Float(x, y);
                path.add(current);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
                path.add(current);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void strokePath() {
                collect();
            }

            @Override
            public void fillPath(int windingRule) {
                collect();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                collect();
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            private void collect() {
                if (path.isEmpty()) {
                    return;
                }
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Point2D p : path) {
                    minX = Math.min(minX, p.getX());
                    maxX = Math.max(maxX, p.getX());
                    minY = Math.min(minY, p.getY());
                    maxY = Math.max(maxY, p.getY());
                }
                path.clear();
                boxes.add(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
            }
        };
        engine.processPage(page);
        return boxes;
    }
}
