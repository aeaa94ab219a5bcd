package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * K1 (format-standard.md §13): a document with {@code secrecy:} and {@code urgency:} prints "TỐI MẬT" above
 * "THƯỢNG KHẨN" under its number, upper-case, bold 13 pt, red, each in a frame of its fixed width (30 and 40 mm),
 * read back from the PDF with PDFBox; the page and the Word copy show the same, and the e-document record (XMP
 * and .xml) carries both. A document without them has no stamp and no such property.
 */
class StampsPdfTest {
    private static final float MM = PrintedPdf.MM;
    private static final String YAML = TestPlans.DECISION.replace("  date: 2012-12-28\n",
            "  date: 2012-12-28\n  secrecy: Tối mật\n  urgency: thượng khẩn\n") + """
            plan:
              type: ke-hoach
              sections:
                - title: Mục tiêu
                  text: Nội dung.
            """;

    @TempDir
    Path dir;

    @Test
    void theStampsPrintUnderTheNumberFramedAtTheirSize() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, YAML);
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        byte[] pdf = PdfStandardsTest.pdf(rendered);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = Lines.of(document);
            Line number = find(lines, "Số: 4086/QĐ-UBND");
            Line secrecy = find(lines, "TỐI MẬT");
            Line urgency = find(lines, "THƯỢNG KHẨN");
            Line kind = find(lines, "QUYẾT ĐỊNH");
            assertTrue(number.baseline < secrecy.baseline && secrecy.baseline < urgency.baseline
                    && urgency.baseline < kind.baseline, "number, độ mật, độ khẩn, then the title, top to bottom: "
                    + number.baseline + ", " + secrecy.baseline + ", " + urgency.baseline + ", " + kind.baseline);
            for (Line stamp : List.of(secrecy, urgency)) {
                assertTrue(stamp.bold && !stamp.italic, stamp.text + " upright bold");
                assertEquals(13f, stamp.size, 0.1f, stamp.text + " 13 pt");
                assertEquals(List.of(1f, 0f, 0f), stamp.colour, stamp.text + " in bright red");
                assertEquals(number.centre(), stamp.centre(), 1.5 * MM, stamp.text + " centred under the number");
            }
            // The frames: red rectangles 8 mm high, 30 mm (TỐI MẬT) and 40 mm (THƯỢNG KHẨN) wide, around the words.
            List<Frames.Box> boxes = Frames.red(document.getPage(0));
            assertFramed(boxes, secrecy, 30);
            assertFramed(boxes, urgency, 40);
        }
        PdfConformance.assertConforms("stamps", pdf);

        String xmp = new String(Loader.loadPDF(pdf).getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<plandoc:Secrecy>Tối mật</plandoc:Secrecy>"), xmp);
        assertTrue(xmp.contains("<plandoc:Urgency>Thượng khẩn</plandoc:Urgency>"), "the level as the decree writes it: " + xmp);
        assertTrue(xmp.contains("<pdfaProperty:name>Urgency</pdfaProperty:name>"), "described for PDF/A");
        String xml = new String(rendered.file("4086-QD-UBND.xml").bytes(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Secrecy>Tối mật</Secrecy>") && xml.contains("<Urgency>Thượng khẩn</Urgency>"), xml);
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("docs/edoc-record.xsd").toFile()).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new ByteArrayInputStream(rendered.file("4086-QD-UBND.xml").bytes())));

        Document page = Jsoup.parse(TestRenderers.standard().renderPage(plan));
        assertEquals(List.of("TỐI MẬT", "THƯỢNG KHẨN"), page.select("td.number-line .doc-stamp").eachText());
        assertTrue(page.selectFirst(".doc-stamp-urgency").attr("style").startsWith("width: 40mm; height: 8mm;"));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.file("4086-QD-UBND.docx").bytes()))) {
            var cell = docx.getTables().get(0).getRow(1).getCell(0);
            // The number-symbol's hyphen is Word's no-break one (s35 pages), which POI reads as U+2011.
            List<String> texts = cell.getParagraphs().stream().map(p -> p.getText().replace('\u2011', '-')).toList();
            assertEquals(List.of("Số: 4086/QĐ-UBND", "TỐI MẬT", "", "THƯỢNG KHẨN"), texts);
            var stamp = cell.getParagraphs().get(3);
            assertEquals("FF0000", stamp.getRuns().get(0).getColor());
            assertTrue(stamp.getRuns().get(0).isBold());
            assertTrue(stamp.getCTP().getPPr().isSetPBdr(), "framed");
        }
    }

    /**
     * MẬT over KHẨN, both 20 mm: two paragraphs with the same borders and indents would be drawn as one box by Word
     * and LibreOffice (border grouping), so an unbordered paragraph stands between them; each frame has its width.
     */
    @Test
    void theWordCopyFramesEachStampApart() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, YAML.replace("secrecy: Tối mật", "secrecy: Mật")
                .replace("urgency: thượng khẩn", "urgency: Khẩn"));
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.file("4086-QD-UBND.docx").bytes()))) {
            var table = docx.getTables().get(0);
            int cellWidth = Integer.parseInt(table.getCTTbl().getTblGrid().getGridColArray(0).getW().toString());
            var paragraphs = table.getRow(1).getCell(0).getParagraphs();
            assertEquals(List.of("Số: 4086/QĐ‑UBND", "MẬT", "", "KHẨN"), paragraphs.stream().map(p -> p.getText()).toList(),
                    "the number-symbol held on one line by Word's no-break hyphen (s35 pages), U+2011 as POI reads it");
            List<Boolean> framed = paragraphs.stream().map(p -> p.getCTP().getPPr().isSetPBdr()).toList();
            assertEquals(List.of(false, true, false, true), framed, "each stamp framed, an unframed paragraph between");
            for (int i : new int[] {1, 3}) {
                var stamp = paragraphs.get(i);
                double widthMm = (cellWidth - stamp.getIndentationLeft() - stamp.getIndentationRight()) * 25.4 / 1440;
                assertEquals(20, widthMm, 0.1, stamp.getText() + " frame width");
            }
        }
    }

    @Test
    void aDocumentWithoutThemHasNoStampAndNoSuchProperty() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, TestPlans.DECISION + """
                plan:
                  type: ke-hoach
                  sections:
                    - title: Mục tiêu
                      text: Nội dung.
                """);
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        String xmp = new String(Loader.loadPDF(PdfStandardsTest.pdf(rendered)).getDocumentCatalog().getMetadata()
                .toByteArray(), StandardCharsets.UTF_8);
        assertFalse(xmp.contains("Secrecy") || xmp.contains("Urgency"), "not even described: " + xmp);
        assertTrue(Jsoup.parse(TestRenderers.standard().renderPage(plan)).select(".doc-stamp").isEmpty());
    }

    @Test
    void theLevelsAreReadInAnyCaseAndWithTheOlderMark() {
        ResolvedPlan plan = TestPlans.resolveClean(dir, YAML.replace("secrecy: Tối mật", "secrecy: TUYỆT MẬT")
                .replace("urgency: thượng khẩn", "urgency: Hoả tốc"));
        assertEquals(List.of("TUYỆT MẬT 40", "HỎA TỐC 30"), plan.header().stamps().stream()
                .map(s -> s.text() + " " + s.widthMm()).toList());
    }

    private static void assertFramed(List<Frames.Box> boxes, Line words, int widthMm) {
        Frames.Box frame = boxes.stream().filter(b -> b.top() < words.baseline && b.bottom() > words.baseline)
                .findFirst().orElseThrow(() -> new AssertionError("no red frame around " + words.text + ": " + boxes));
        assertEquals(widthMm * MM, frame.width(), 0.5 * MM, words.text + " frame width");
        assertEquals(8 * MM, frame.height(), 0.5 * MM, words.text + " frame height");
        assertTrue(frame.left() < words.left && frame.right() > words.right, words.text + " inside its frame");
    }

    private static Line find(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text.equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines.stream().map(l -> l.text).toList()));
    }

    /** A printed line of page 1: its text, baseline, extent, and the style and colour of its first glyph. */
    private record Line(String text, float baseline, float left, float right, float size, boolean bold, boolean italic,
                        List<Float> colour) {
        float centre() {
            return (left + right) / 2;
        }
    }

    /** One glyph of page 1, with its style and fill colour. */
    private record Glyph(String text, float x, float right, float baseline, float size, boolean bold, boolean italic,
                         List<Float> colour) {
    }

    /**
     * Page 1's lines: glyphs on one baseline (within 1 pt), split where a gap is wider than 10 pt (the header's two
     * columns share a baseline), a space where glyphs are further apart than a fifth of the size.
     */
    private static final class Lines extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();
        private final java.util.Map<TextPosition, List<Float>> colours = new java.util.IdentityHashMap<>();

        private Lines() throws IOException {
            // The text stripper leaves colour operators out: the fill colour is read only with these.
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
            setStartPage(1);
            setEndPage(1);
            setSortByPosition(true);
        }

        static List<Line> of(PDDocument document) throws IOException {
            Lines stripper = new Lines();
            stripper.getText(document);
            return stripper.lines();
        }

        /** The fill colour the glyph is drawn in: known here, in content order, before the glyphs are sorted. */
        @Override
        protected void processTextPosition(TextPosition text) {
            List<Float> colour = new ArrayList<>();
            for (float c : getGraphicsState().getNonStrokingColor().getComponents()) {
                colour.add(c);
            }
            colours.put(text, colour);
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                    String font = p.getFont().getName().toLowerCase(Locale.ROOT);
                    glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(),
                            Math.abs(p.getYScale()), font.contains("bold"), font.contains("italic"),
                            colours.getOrDefault(p, List.of())));
                }
            }
        }

        private List<Line> lines() {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort((a, b) -> Math.abs(a.baseline() - b.baseline()) <= 1 ? Float.compare(a.x(), b.x())
                    : Float.compare(a.baseline(), b.baseline()));
            List<Line> out = new ArrayList<>();
            List<Glyph> run = new ArrayList<>();
            for (Glyph g : sorted) {
                Glyph last = run.isEmpty() ? null : run.get(run.size() - 1);
                if (last != null && (Math.abs(g.baseline() - last.baseline()) > 1 || g.x() - last.right() > 10)) {
                    out.add(line(run));
                    run = new ArrayList<>();
                }
                run.add(g);
            }
            if (!run.isEmpty()) {
                out.add(line(run));
            }
            return out;
        }

        private static Line line(List<Glyph> run) {
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            for (Glyph g : run) {
                if (previous != null && g.x() - previous.right() > g.size() / 5) {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
            Glyph first = run.get(0);
            return new Line(text.toString(), first.baseline(), first.x(), run.get(run.size() - 1).right(), first.size(),
                    run.stream().allMatch(Glyph::bold), run.stream().anyMatch(Glyph::italic), first.colour());
        }
    }

    /** The red frames of a page: the red paths drawn on it, those that touch merged into one box (a frame's sides). */
    private static final class Frames {
        record Box(float left, float top, float right, float bottom) {
            float width() {
                return right - left;
            }

            float height() {
                return bottom - top;
            }

            boolean touches(Box o) {
                return left <= o.right + 1 && o.left <= right + 1 && top <= o.bottom + 1 && o.top <= bottom + 1;
            }

            Box union(Box o) {
                return new Box(Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right), Math.max(bottom, o.bottom));
            }
        }

        static List<Box> red(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            float height = page.getMediaBox().getHeight();
            List<Box> parts = new ArrayList<>();
            var engine = new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
                private final List<java.awt.geom.Point2D> path = new ArrayList<>();
                private java.awt.geom.Point2D current = new java.awt.geom.Point2D.Float();

                @Override
                public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                            java.awt.geom.Point2D p3) {
                    path.addAll(List.of(p0, p1, p2, p3));
                }

                @Override
                public void moveTo(float x, float y) {
                    current = new java.awt.geom.Point2D.Float(x, y);
                    path.add(current);
                }

                @Override
                public void lineTo(float x, float y) {
                    moveTo(x, y);
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    moveTo(x3, y3);
                }

                @Override
                public java.awt.geom.Point2D getCurrentPoint() {
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
                public void strokePath() throws IOException {
                    collect(getGraphicsState().getStrokingColor().toRGB(), getGraphicsState().getLineWidth() / 2);
                }

                @Override
                public void fillPath(int windingRule) throws IOException {
                    collect(getGraphicsState().getNonStrokingColor().toRGB(), 0);
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    fillPath(windingRule);
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                }

                @Override
                public void shadingFill(org.apache.pdfbox.cos.COSName shading) {
                }

                private void collect(int rgb, float half) {
                    if (!path.isEmpty() && rgb == 0xFF0000) {
                        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
                        for (var p : path) {
                            minX = Math.min(minX, (float) p.getX());
                            maxX = Math.max(maxX, (float) p.getX());
                            minY = Math.min(minY, (float) p.getY());
                            maxY = Math.max(maxY, (float) p.getY());
                        }
                        parts.add(new Box(minX - half, height - maxY - half, maxX + half, height - minY + half));
                    }
                    path.clear();
                }
            };
            engine.processPage(page);
            List<Box> boxes = new ArrayList<>();
            for (Box part : parts) {
                Box merged = part;
                for (java.util.Iterator<Box> it = boxes.iterator(); it.hasNext(); ) {
                    Box b = it.next();
                    if (b.touches(merged)) {
                        merged = merged.union(b);
                        it.remove();
                    }
                }
                boxes.add(merged);
            }
            return boxes;
        }
    }
}
