package plandoc.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;
import plandoc.render.pdf.AssociatedFiles;
import plandoc.render.pdf.Attachment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.nio.charset.StandardCharsets;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code build --separate-appendices} (format-standard §13 E1): each appendix also as its own PDF,
 * PDF/A-3a and PDF/UA-1, its "(Kèm theo …)" number and date unfilled, with one empty field for the
 * organisation; {@code plandoc sign --organisation} writes into it, top right of page 1, "Số:
 * 4086/QĐ-UBND" and the ISO 8601 signing time in the serif face at 10 pt, black — read back with
 * PDFBox — and pdfsig finds the signature valid, trusted and covering the whole file.
 */
class SeparateAppendicesTest {

    private static final float MM = 72f / 25.4f;
    private static final String PASSWORD = "mat-khau-thu";
    static final String YAML = TestPlans.DECISION + """
            plan:
              type: quy-hoach
              title: Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020
              sections:
                - id: muc-tieu
                  title: Mục tiêu
                  text: Xây dựng chính quyền điện tử (chi tiết tại {ref:pl-du-an} và {ref:pl-he-thong}).
            appendices:
              numbering: arabic
              label: PHỤ LỤC
              items:
                - id: pl-du-an
                  title: Danh mục dự án
                  text: Danh mục các dự án ưu tiên đầu tư giai đoạn 2012-2015.
                - id: pl-he-thong
                  title: Hệ thống thông tin
                  text: Các hệ thống thông tin dùng chung của tỉnh.
            """;

    @TempDir
    Path temp;

    @Test
    void eachAppendixIsItsOwnPdfAndTheOrganisationSignsItTopRight() throws Exception {
        var plan = TestPlans.resolveClean(temp.resolve("content"), YAML);
        RenderedPlan rendered = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults().withSeparateAppendices(true)).render(plan);
        List<String> names = rendered.files().stream().map(RenderedPlan.OutputFile::name).filter(n -> n.endsWith(".pdf")).toList();
        assertEquals(List.of("4086-QD-UBND.pdf", "4086-QD-UBND-phu-luc-1.pdf", "4086-QD-UBND-phu-luc-2.pdf"), names);
        byte[] second = rendered.files().stream().filter(f -> f.name().equals("4086-QD-UBND-phu-luc-2.pdf")).findFirst()
                .orElseThrow().bytes();
        PdfConformance.assertConforms("separate appendix", second);
        try (PDDocument document = Loader.loadPDF(second)) {
            String text = new PDFTextStripper().getText(document).replaceAll(" +", " ");
            assertTrue(text.startsWith("PHỤ LỤC 2\nHỆ THỐNG THÔNG TIN\n(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 20… của"),
                    "its own file, the caption's number and date unfilled (Mẫu 2.2): " + text);
            assertTrue(text.contains("Các hệ thống thông tin dùng chung của tỉnh./."), text);
            assertEquals("Phụ lục 2. Hệ thống thông tin", document.getDocumentInformation().getTitle());
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertEquals(List.of("ChuKyCoQuan"), form.getFields().stream().map(f -> f.getPartialName()).toList(),
                    "only the organisation's field");
        }
        Path pdf = Files.write(Files.createDirectories(temp.resolve("site")).resolve("4086-QD-UBND-phu-luc-2.pdf"), second);

        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path organisation = SignCommandTest.keystore(temp, "co-quan", "UBND tỉnh Hà Tĩnh", ca);
        Cli.Result personal = Cli.sign(PASSWORD, pdf.toString(), "--keystore", organisation.toString());
        assertEquals(1, personal.exit());
        assertTrue(personal.errText().contains("chỉ cơ quan ký số tệp này"), personal.errText());
        Cli.Result signed = Cli.sign(PASSWORD, pdf.toString(), "--keystore", organisation.toString(), "--organisation");
        assertEquals(0, signed.exit(), signed.errText());

        byte[] bytes = Files.readAllBytes(pdf);
        Files.write(Path.of("target", "separate-appendix-signed.pdf"), bytes); // to look at
        PdfConformance.assertConforms("separate appendix signed by the organisation", bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            float width = document.getPage(0).getMediaBox().getWidth();
            document.getDocumentCatalog().getAcroForm().flatten(); // draws the field's appearance into the page, to read it
            List<List<TextPosition>> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    if (!positions.isEmpty() && positions.get(0).getYDirAdj() < 20 * MM) {
                        lines.add(List.copyOf(positions));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setEndPage(1);
            stripper.getText(document);
            List<String> texts = lines.stream().map(l -> l.stream().map(TextPosition::getUnicode).collect(Collectors.joining()))
                    .toList();
            assertEquals(2, texts.size(), "two lines in the top margin: " + texts);
            assertEquals("Số: 4086/QĐ-UBND", texts.get(0));
            assertTrue(texts.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00"), texts.get(1));
            for (List<TextPosition> line : lines) {
                TextPosition last = line.get(line.size() - 1);
                assertEquals(width - 15 * MM, last.getXDirAdj() + last.getWidthDirAdj(), 1 * MM, "right-aligned on the text edge");
                assertTrue(line.get(0).getYDirAdj() < 20 * MM && line.get(0).getYDirAdj() > 5 * MM, "top of page 1");
                for (TextPosition glyph : line) {
                    assertEquals(10f, glyph.getFontSizeInPt(), 0.01f, "10 pt");
                    String font = glyph.getFont().getName().toLowerCase(Locale.ROOT);
                    assertTrue((font.contains("times") || font.contains("liberationserif")) && !font.contains("bold")
                            && !font.contains("italic"), "Times New Roman (or its metric twin), upright: " + font);
                }
            }
        }
        String report = SignCommandTest.pdfsig(pdf, "-nssdir", "sql:" + SignCommandTest.trustStore(temp, ca));
        assertTrue(report.contains("Signature Field Name: ChuKyCoQuan"), report);
        assertTrue(report.contains("Signature is Valid") && report.contains("Certificate is Trusted")
                && report.contains("Total document signed"), report);
    }

    /**
     * A separate file is signed and published on its own: it carries the plan's data (plan.json, as the plan's PDF,
     * Flate-compressed) so anyone can re-check its figures, but not the sources, which stay in the plan's PDF that it
     * names; the plan page's download list names it.
     */
    @Test
    void eachSeparateFileEmbedsThePlansDataAndNamesWhereItsSourcesAreAndThePlanPageLinksIt() throws Exception {
        var plan = TestPlans.resolveClean(temp.resolve("content"), YAML);
        assertTrue(plan.sourceFolder().isPresent(), "a plan read from a folder, so its PDF embeds its sources");
        RenderedPlan rendered = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults().withSeparateAppendices(true)).render(plan);
        List<Attachment> main;
        try (PDDocument document = Loader.loadPDF(file(rendered, "4086-QD-UBND.pdf"))) {
            main = AssociatedFiles.read(document);
        }
        assertEquals("plan.json", main.get(0).name());
        assertTrue(main.stream().anyMatch(a -> a.relationship().equals(Attachment.SOURCE) && a.name().endsWith("/plan.yaml")),
                "the plan's PDF embeds its sources");
        for (String name : List.of("4086-QD-UBND-phu-luc-1.pdf", "4086-QD-UBND-phu-luc-2.pdf")) {
            byte[] bytes = file(rendered, name);
            List<Attachment> separate;
            try (PDDocument document = Loader.loadPDF(bytes)) {
                separate = AssociatedFiles.read(document);
            }
            assertEquals(describe(main.subList(0, 1)), describe(separate), name + ": the plan's data, not its sources");
            assertEquals(new String(file(rendered, "plan.json"), StandardCharsets.UTF_8),
                    new String(separate.get(0).bytes(), StandardCharsets.UTF_8), name + ": plan.json as published");
            assertEquals(Attachment.DATA, separate.get(0).relationship());
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertEquals("4086-QD-UBND.pdf", document.getDocumentInformation().getCustomMetadataValue(Attachment.SOURCES_IN));
                var stream = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("plan.json")
                        .getEmbeddedFile();
                assertEquals(List.of(org.apache.pdfbox.cos.COSName.FLATE_DECODE), stream.getFilters(), "compressed");
                assertTrue(stream.getCOSObject().getLength() * 2 < file(rendered, "plan.json").length,
                        "half of plan.json at most: " + stream.getCOSObject().getLength());
            }
            assertTrue(bytes.length < file(rendered, "4086-QD-UBND.pdf").length, name);
        }
        PdfConformance.assertConforms("separate appendix with its associated files", file(rendered, "4086-QD-UBND-phu-luc-1.pdf"));

        Document page = Jsoup.parse(new String(file(rendered, "index.html"), StandardCharsets.UTF_8));
        Map<String, String> downloads = page.select(".downloads a").stream()
                .collect(Collectors.toMap(a -> a.attr("href"), a -> a.text(), (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals("Phụ lục 1 (PDF riêng)", downloads.get("4086-QD-UBND-phu-luc-1.pdf"), downloads.toString());
        assertEquals("Phụ lục 2 (PDF riêng)", downloads.get("4086-QD-UBND-phu-luc-2.pdf"), downloads.toString());
        for (String href : downloads.keySet()) {
            if (!href.startsWith("#")) {
                assertTrue(rendered.files().stream().anyMatch(f -> f.name().equals(href)), "a link to a file the plan publishes: " + href);
            }
        }

        RenderedPlan without = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults()).render(plan);
        assertTrue(!new String(file(without, "index.html"), StandardCharsets.UTF_8).contains("phu-luc-1.pdf"),
                "no link to a file a plain build does not write");
    }

    private static byte[] file(RenderedPlan rendered, String name) {
        return rendered.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name))
                .bytes();
    }

    /** name, media type, relationship, SHA-256 of the bytes: what must be the same in every PDF of the plan. */
    private static List<String> describe(List<Attachment> files) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Attachment a : files) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(a.bytes());
            lines.add(a.name() + " " + a.mimeType() + " " + a.relationship() + " " + java.util.HexFormat.of().formatHex(digest));
        }
        return lines;
    }

    @Test
    void anAttachedDocumentIsItsOwnPdfWithItsNumberUnfilled() throws Exception {
        var plan = TestPlans.resolveClean(temp.resolve("content"), """
                document:
                  type: quyet-dinh
                  issuer: { name: Ủy ban nhân dân tỉnh Hà Tĩnh, short: UBND tỉnh, code: 000.00.00.H25 }
                  number: 424
                  symbol: QĐ-UBND
                  place: Hà Tĩnh
                  date: 2022-02-18
                  title: Phê duyệt Đề án chuyển đổi số
                  signature: { authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], title: Phó Chủ tịch, name: Lê Ngọc Châu }
                  articles:
                    - { id: dieu-1, text: "Phê duyệt Đề án (có Đề án chi tiết và {ref:pl-01} kèm theo)." }
                  recipients: [Sở Thông tin và Truyền thông]
                  archive: [VT]
                plan:
                  type: de-an
                  title: Chuyển đổi số tỉnh Hà Tĩnh đến năm 2025
                  attached: true
                  sections:
                    - { id: su-can-thiet, title: Sự cần thiết, text: Nội dung. }
                appendices:
                  attached_to: plan
                  items:
                    - { id: pl-01, title: Danh mục, text: Nội dung. }
                """);
        RenderedPlan rendered = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults().withSeparateAppendices(true)).render(plan);
        byte[] attached = rendered.files().stream().filter(f -> f.name().equals("424-QD-UBND-van-ban-kem-theo.pdf"))
                .findFirst().orElseThrow().bytes();
        PdfConformance.assertConforms("attached document in its own file", attached);
        Document page = Jsoup.parse(new String(file(rendered, "index.html"), StandardCharsets.UTF_8));
        assertEquals("Văn bản kèm theo (PDF riêng)", page.select(".downloads a[href=424-QD-UBND-van-ban-kem-theo.pdf]").text());
        try (PDDocument document = Loader.loadPDF(attached)) {
            assertEquals(List.of("plan.json Data"), AssociatedFiles.read(document).stream()
                    .filter(a -> a.relationship().equals(Attachment.DATA)).map(a -> a.name() + " " + a.relationship()).toList());
            String text = new PDFTextStripper().getText(document).replaceAll(" +", " ");
            assertTrue(text.contains("ĐỀ ÁN\nChuyển đổi số tỉnh Hà Tĩnh đến năm 2025\n(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 20…"),
                    text);
            assertTrue(!text.contains("Số:") && !text.contains("Lê Ngọc Châu"), "no number row, no signature block: " + text);
        }
        byte[] appendix = rendered.files().stream().filter(f -> f.name().equals("424-QD-UBND-phu-luc.pdf")) // its only appendix: "PHỤ LỤC"
                .findFirst().orElseThrow().bytes();
        try (PDDocument document = Loader.loadPDF(appendix)) {
            assertTrue(new PDFTextStripper().getText(document).contains("(Kèm theo Đề án Chuyển đổi số tỉnh Hà Tĩnh đến năm 2025)"),
                    "an attached plan's appendix names the plan, no number to leave blank");
        }
    }
}
