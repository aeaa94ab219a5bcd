package plandoc.render;

import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.resolved.HeaderView;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template failures come back as located problems: {@code templates/…ftlh:LINE:COL}, plus the plan. */
class TemplateErrorTest {

    @TempDir
    Path temp;

    @Test
    void aValueMissingFromTheModelPointsAtTheTemplateLine() throws IOException {
        // A compute bug (a null where the template expects text) surfaces in the real templates.
        ResolvedPlan plan = withNumberLine(FixturePlans.standalonePlan(), null);
        Path partial = TestRenderers.TEMPLATES.resolve("partials/document.ftlh");
        int[] at = find(partial, "header.numberLine}"); // FreeMarker points at the expression inside ${…}

        TemplateError error = assertThrows(TemplateError.class, () -> TestRenderers.standard().renderPage(plan));

        assertEquals("templates/partials/document.ftlh:" + at[0] + ":" + at[1], error.location());
        assertEquals("kh-25-stttt", error.plan());
        assertTrue(error.getMessage().contains("header.numberLine"), error.getMessage());
        String printed = error.toProblem().toString();
        // A field that exists but is empty here: said so, with how to print it when it may be empty.
        assertTrue(printed.startsWith("templates/partials/document.ftlh:" + at[0] + ":" + at[1]
                + ": mẫu dùng \"header.numberLine\" nhưng giá trị đó trống ở văn bản này; nếu trường có thể trống, viết "
                + "${header.numberLine!\"\"}"), printed);
        assertTrue(printed.endsWith(" [văn bản: kh-25-stttt]"), printed);
        String english = error.toProblem().format(plandoc.diagnostic.Messages.forLanguage("en"));
        assertTrue(english.contains("the template uses \"header.numberLine\" but that value is empty")
                && english.endsWith("[plan: kh-25-stttt]"), english);
    }

    @Test
    void aSyntaxErrorInAProvincesCopyPointsAtItsLine() throws IOException {
        Path templates = copyOfTemplates();
        int line = insertSyntaxError(templates.resolve("plan.ftlh"));

        TemplateError error = assertThrows(TemplateError.class,
                () -> TestRenderers.over(templates).renderPage(FixturePlans.standalonePlan()));

        assertTrue(error.location().startsWith(templates.resolve("plan.ftlh") + ":"), error.location());
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.column() > 0);
    }

    /**
     * The templates parsed ahead of the render (while the changed plan is checked, issue 17): a syntax
     * error met there is not thrown there but by the render, located as it always was.
     */
    @Test
    void aSyntaxErrorMetWhileTheTemplatesArePreparedIsReportedByTheRender() throws IOException, RenderException {
        Path templates = copyOfTemplates();
        Path plan = templates.resolve("plan.ftlh");
        int line = insertSyntaxError(plan);
        PlanRenderer renderer = TestRenderers.over(templates);

        renderer.prepareTemplates();
        TemplateError error = assertThrows(TemplateError.class, () -> renderer.renderPage(FixturePlans.standalonePlan()));

        assertTrue(error.location().startsWith(plan + ":" + line + ":"), error.location());
        assertEquals(line, error.line());
    }

    @Test
    void publishingReportsTheTemplateErrorAndTheFailingPlan() throws IOException {
        Path templates = copyOfTemplates();
        Path plan = templates.resolve("plan.ftlh");
        List<String> lines = new ArrayList<>(Files.readAllLines(plan, StandardCharsets.UTF_8));
        int line = lines.indexOf("<main class=\"document\"<@doc.vi/>>") + 2;
        lines.add(line - 1, "${plan.noSuchField}");
        Files.write(plan, lines, StandardCharsets.UTF_8);

        BuildReport result = Publishing.publish(List.of(FixturePlans.standalonePlan()), templates, temp.resolve("site"));

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertFalse(java.nio.file.Files.exists(temp.resolve("site/kh-25-stttt")), "nothing of the plan published");
        RenderProblem problem = result.problems().get(0);
        assertEquals(RenderProblem.Kind.TEMPLATE, problem.kind());
        assertEquals(templates.resolve("plan.ftlh") + ":" + line + ":3", problem.location());
        assertTrue(problem.toString().endsWith("[văn bản: kh-25-stttt]"), problem.toString());
        assertTrue(problem.toString().contains("plan.noSuchField"), problem.toString());
    }

    @Test
    void aMissingTemplateIsReportedByName() throws IOException {
        Path templates = copyOfTemplates();
        Files.delete(templates.resolve("plan.ftlh"));

        TemplateError error = assertThrows(TemplateError.class,
                () -> TestRenderers.over(templates).renderPage(FixturePlans.standalonePlan()));

        assertEquals(templates.resolve("plan.ftlh").toString(), error.location());
    }

    private Path copyOfTemplates() throws IOException {
        return TemplatesCopy.into(temp);
    }

    /** Puts an expression FreeMarker cannot parse at the top of the document's body; its 1-based line. */
    private static int insertSyntaxError(Path plan) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(plan, StandardCharsets.UTF_8));
        int line = lines.indexOf("<main class=\"document\"<@doc.vi/>>") + 2;
        lines.add(line - 1, "<p>${plan.info.title?upper_case + }</p>");
        Files.write(plan, lines, StandardCharsets.UTF_8);
        return line;
    }

    /** 1-based line and column of the first occurrence of {@code text}. */
    private static int[] find(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return new int[]{i + 1, column + 1};
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static ResolvedPlan withNumberLine(ResolvedPlan plan, String numberLine) {
        HeaderView h = plan.header();
        return FixturePlans.printed(plan.info(), new HeaderView(h.parent(), h.issuer(), numberLine, h.placeDate(),
                h.kindHeading(), h.title(), h.draftLabel(), h.parentIssuerLines(), h.issuerLines(), h.issuerRuleWidth(),
                h.titleRuleWidth()), plan.bases(), plan.proposalLine(), plan.enactingLine(), plan.articles(), plan.body(),
                plan.signature(), plan.recipients(), plan.appendices(), plan.toc(), plan.tables());
    }
}
