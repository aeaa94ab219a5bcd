package plandoc.render;

import org.junit.jupiter.api.Test;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The PDF creation date never comes from the clock, so builds are reproducible. */
class CreationDateTest {

    @Test
    void readsSourceDateEpochFromTheEnvironment() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1767225600)),
                RenderSettings.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1767225600")).sourceDateEpoch());
        assertEquals(Optional.empty(), RenderSettings.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "hôm nay")).sourceDateEpoch());
        assertEquals(Optional.empty(), RenderSettings.fromEnvironment(Map.of()).sourceDateEpoch());
    }

    @Test
    void anUndatedDocumentTakesSourceDateEpoch() throws Exception {
        Instant epoch = Instant.ofEpochSecond(1767225600); // 2026-01-01T00:00:00Z
        PlanRenderer renderer = PlanRenderer.forTemplates(TestRenderers.TEMPLATES,
                new FlexmarkMarkdownRenderer(new LinkPolicy()), new RenderSettings(Optional.of(epoch)));

        try (PrintedPdf pdf = new PrintedPdf(renderer.render(undated()).file("25-KH-STTTT.pdf").bytes())) {
            assertEquals(epoch.toEpochMilli(), pdf.document().getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void anUndatedDocumentWithoutSourceDateEpochHasNoCreationDate() throws Exception {
        try (PrintedPdf pdf = new PrintedPdf(TestRenderers.standard().render(undated()).file("25-KH-STTTT.pdf").bytes())) {
            assertNull(pdf.document().getDocumentInformation().getCreationDate());
        }
    }

    /** An electronic draft whose date the văn thư stamps later. */
    private static ResolvedPlan undated() {
        ResolvedPlan plan = FixturePlans.standalonePlan();
        DocumentInfo i = plan.info();
        DocumentInfo info = new DocumentInfo(i.slug(), i.numberSymbol(), Optional.empty(), Optional.empty(), i.kindName(), i.title(), i.issuer(),
                i.fileStem(), i.funding());
        return FixturePlans.printed(info, plan.header(), plan.bases(), plan.proposalLine(), plan.enactingLine(), plan.articles(),
                plan.body(), plan.signature(), plan.recipients(), plan.appendices(), plan.toc(), plan.tables());
    }
}
