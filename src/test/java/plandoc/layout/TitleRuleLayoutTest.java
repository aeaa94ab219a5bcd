package plandoc.layout;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.TestPlans;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F9 (format-standard.md §13): the rule under the trích yếu is 1/3 to 1/2 of the trích yếu's line, read back with
 * PDFBox. A fixed 55 mm passed the bundled plans (36 % and 44 %) but was 69 % of a short one-line trích yếu (s36
 * review M2).
 */
class TitleRuleLayoutTest {
    private static final float MM = PrintedLines.MM;
    private static final String LONG = "Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"Về việc ban hành Kế hoạch năm 2013", "Về việc thành lập Tổ công tác chuyển đổi số tỉnh",
            LONG, "bundled:ha-tinh-4086-2012", "bundled:ha-tinh-424-2022"})
    void theRuleUnderTheTrichYeuIsAThirdToAHalfOfItsLine(String title) throws Exception {
        byte[] pdf = title.startsWith("bundled:") ? BundledPdfs.of(title.substring("bundled:".length())) : printed(title);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrintedLines.Page first = PrintedLines.read(document).get(0);
            PrintedLines.Line kind = first.lines().stream().filter(l -> text(l).equals("QUYẾT ĐỊNH")).findFirst()
                    .orElseThrow(() -> new AssertionError("no QUYẾT ĐỊNH heading on page 1"));
            float centre = 30 * MM + 165 * MM / 2;
            HorizontalRules.Rule rule = HorizontalRules.on(document.getPage(0)).stream()
                    .filter(r -> r.y() > kind.baseline() && Math.abs((r.left() + r.right()) / 2 - centre) < 2 * MM)
                    .min(java.util.Comparator.comparing(HorizontalRules.Rule::y))
                    .orElseThrow(() -> new AssertionError("no rule under the trích yếu"));
            List<PrintedLines.Line> trichYeu = first.lines().stream()
                    .filter(l -> l.baseline() > kind.baseline() && l.baseline() < rule.y()).toList();
            float line = trichYeu.stream().map(l -> l.right() - l.left()).max(Float::compare).orElseThrow();
            float share = rule.width() / line;
            assertTrue(share >= 1f / 3 - 0.01f && share <= 0.5f + 0.01f, String.format(
                    "rule %.1f mm under a trích yếu of %.1f mm (%.2f of it): %s", rule.width() / MM, line / MM, share,
                    trichYeu.stream().map(TitleRuleLayoutTest::text).toList()));
        }
    }

    private byte[] printed(String title) throws Exception {
        var plan = TestPlans.resolveClean(temp.resolve("content"), TestPlans.DECISION.replace(LONG, title));
        return PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                        RenderSettings.defaults()).render(plan).files().stream()
                .filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
    }

    private static String text(PrintedLines.Line line) {
        return line.text().strip();
    }
}
