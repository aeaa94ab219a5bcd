package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import plandoc.render.html.SourceView;

/**
 * The build's input keys take these records' text from {@code digestText()}, written out by hand (the
 * records' own toString costs a cold start ~18 ms, issue 17): every component must change it, and a
 * component added later must fail here until {@code digestText()} covers it.
 */
class DigestTextTest {

    @Test
    void everyRenderSettingAndOnlyThoseAreInItsDigestText() {
        assertEquals(List.of("sourceDateEpoch", "siteUrl", "separateAppendices", "draftBuild", "portal", "history", "language",
                        "guide", "dataLicence", "fonts"),
                Stream.of(RenderSettings.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a new setting must be added to RenderSettings.digestText() and to this test");
        RenderSettings base = RenderSettings.defaults();
        Set<String> texts = Stream.of(base,
                        new RenderSettings(Optional.of(Instant.ofEpochSecond(1)), Optional.empty()),
                        new RenderSettings(Optional.empty(), Optional.of(URI.create("https://example.org/"))),
                        base.withSeparateAppendices(true),
                        base.withDraftBuild(true),
                        base.withPortal(Optional.of("Cổng thông tin")),
                        new RenderSettings(Optional.empty(), Optional.empty(), false, false, Optional.empty(),
                                plandoc.model.Province.Shown.PUBLIC),
                        base.withLanguage("en"),
                        base.withProvince(new plandoc.model.Province(Optional.empty(), Optional.empty(), Optional.empty(),
                                "agencies.yaml", Optional.empty(), plandoc.model.Province.PlanRegister.ADD,
                                plandoc.model.Province.Shown.DRAFT, Optional.empty(), plandoc.model.Province.Shown.PUBLIC,
                                Optional.empty())),
                        base.withProvince(new plandoc.model.Province(Optional.empty(), Optional.empty(), Optional.empty(),
                                "agencies.yaml", Optional.empty(), plandoc.model.Province.PlanRegister.ADD,
                                plandoc.model.Province.Shown.DRAFT, Optional.empty(), plandoc.model.Province.Shown.DRAFT,
                                plandoc.model.DataLicence.named("CC0-1.0"))))
                .map(RenderSettings::digestText).collect(Collectors.toSet());
        assertEquals(10, texts.size(), "each setting changes the text: " + texts);
        // The fonts folder's path is left out on purpose: the render key holds the faces found there (s28 re-read H1).
        assertEquals(base.digestText(), base.withFonts(Optional.of(java.nio.file.Path.of("fonts"))).digestText());
    }

    @Test
    void everyPartOfTheSourceViewIsInItsDigestText() {
        assertEquals(List.of("commit", "commitLabel", "history", "ownVersion", "older", "uncommitted"),
                Stream.of(SourceView.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a new part must be added to SourceView.digestText() and to this test");
        assertEquals(List.of("numberSymbol", "commit", "commitLabel", "uncommitted"),
                Stream.of(SourceView.OlderPlan.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a new part must be added to SourceView.digestText() and to this test");
        assertEquals(List.of("date", "author", "change", "note", "commit", "kind"),
                Stream.of(SourceView.HistoryLine.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a new part must be added to SourceView.HistoryLine.digestText() and to this test");
        SourceView.HistoryLine line = new SourceView.HistoryLine("01/02/2026", "A", "Sửa", "ghi chú", "abc1234", "changed");
        SourceView base = new SourceView("abc", "abc", List.of(line), true);
        Set<String> texts = Stream.of(base,
                        new SourceView("abd", "abc", List.of(line), true),
                        new SourceView("abc", "abc", List.of(line), true, List.of(), true),
                        new SourceView("abc", "abc", List.of(), true),
                        new SourceView("abc", "abc", List.of(line), false),
                        new SourceView("abc", "abc", List.of(new SourceView.HistoryLine("02/02/2026", "A", "Sửa", "ghi chú", "abc1234", "changed")), true),
                        new SourceView("abc", "abc", List.of(new SourceView.HistoryLine("01/02/2026", "B", "Sửa", "ghi chú", "abc1234", "changed")), true),
                        new SourceView("abc", "abc", List.of(new SourceView.HistoryLine("01/02/2026", "A", "Thêm", "ghi chú", "abc1234", "changed")), true),
                        new SourceView("abc", "abc", List.of(new SourceView.HistoryLine("01/02/2026", "A", "Sửa", "", "abc1234", "changed")), true),
                        new SourceView("abc", "abc", List.of(new SourceView.HistoryLine("01/02/2026", "A", "Sửa", "ghi chú", "abc1235", "changed")), true),
                        new SourceView("abc", "abc", List.of(new SourceView.HistoryLine("01/02/2026", "A", "Sửa", "ghi chú", "abc1234", "first")), true),
                        new SourceView("abc", "abc", List.of(line), true, List.of(new SourceView.OlderPlan("1/QĐ", "abd", "abd", false)), false),
                        new SourceView("abc", "abc", List.of(line), true, List.of(new SourceView.OlderPlan("2/QĐ", "abd", "abd", false)), false),
                        new SourceView("abc", "abc", List.of(line), true, List.of(new SourceView.OlderPlan("1/QĐ", "abe", "abd", false)), false),
                        new SourceView("abc", "abc", List.of(line), true, List.of(new SourceView.OlderPlan("1/QĐ", "abd", "abd", true)), false),
                        new SourceView("abc", "abc", List.of(line), true, List.of(new SourceView.OlderPlan("1/QĐ", "abd", "abe", false)), false))
                .map(SourceView::digestText).collect(Collectors.toSet());
        assertEquals(16, texts.size(), "each part changes the text");
        assertNotEquals(SourceView.NONE.digestText(), base.digestText());
    }
}
