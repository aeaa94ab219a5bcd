package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import plandoc.Generator;
import plandoc.resolved.AppendixView;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/** The Word copy read back with POI (XWPF): page, header block, text, tables, sections, page numbers. */
class PlanDocumentTest {

    static ResolvedPlan plan(String folder) {
        return new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow();
    }

    /** Groups with unallocated money, one closing the table above its grand total (no bundled plan has any). */
    static final String UNALLOCATED_ROWS = "src/test/resources/fixtures/unallocated-rows";

    static XWPFDocument document(ResolvedPlan plan) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new PlanDocument().write(plan)));
    }

    /** The text as a reader reads it: a no-break space a space, Word's no-break hyphen (SymbolHyphens) a hyphen. */
    static String plain(String word) {
        return word.replace('\u00a0', ' ').replace('\u2011', '-');
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void aFaithfulEditableCopy(String folder) throws IOException {
        ResolvedPlan plan = plan(folder);
        try (XWPFDocument doc = document(plan)) {
            // Sections: the document, an attached plan, each appendix; A4 with Decree-30 margins,
            // numbering restarting at 1 and hidden on each part's first page.
            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            List<CTSectPr> parts = sections.stream().filter(CTSectPr::isSetPgNumType).toList();
            assertEquals(1 + (plan.body().attached() ? 1 : 0) + plan.appendices().size(), parts.size());
            for (CTSectPr s : sections) {
                boolean landscape = s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
                assertEquals(landscape ? 16838 : 11906, ((BigInteger) s.getPgSz().getW()).intValue());
                assertEquals(landscape ? 11906 : 16838, ((BigInteger) s.getPgSz().getH()).intValue());
                assertEquals(1134, ((BigInteger) s.getPgMar().getTop()).intValue());
                assertEquals(1134, ((BigInteger) s.getPgMar().getBottom()).intValue());
                assertEquals(1701, ((BigInteger) s.getPgMar().getLeft()).intValue());
                assertEquals(850, ((BigInteger) s.getPgMar().getRight()).intValue());
                assertEquals(2, s.sizeOfHeaderReferenceArray());
            }
            for (int i = 0; i < plan.appendices().size(); i++) {
                AppendixView appendix = plan.appendices().get(i);
                CTSectPr s = parts.get(parts.size() - plan.appendices().size() + i);
                assertEquals(appendix.landscape(), s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE,
                        appendix.heading());
                assertTrue(s.isSetTitlePg());
                assertEquals(BigInteger.ONE, s.getPgNumType().getStart());
            }
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            assertTrue(policy.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText().contains(" PAGE "));
            assertEquals(ParagraphAlignment.CENTER, Looks.alignment(policy.getDefaultHeader().getParagraphs().get(0)));
            assertEquals("", policy.getFirstPageHeader().getText().strip());

            // The header block: a borderless two-column table.
            IBodyElement first = doc.getBodyElements().get(0);
            assertTrue(first instanceof XWPFTable);
            XWPFTable header = (XWPFTable) first;
            assertNull(header.getTopBorderType() == XWPFTable.XWPFBorderType.NONE ? null : header.getTopBorderType());
            String headerText = plain(header.getText());
            assertTrue(headerText.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), headerText);
            assertTrue(headerText.contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(headerText.contains(plan.header().numberLine()));
            assertTrue(headerText.contains(plan.header().placeDate()));

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph kind = paragraphs.stream().filter(p -> plain(p.getText()).equals(plan.header().kindHeading())).findFirst()
                    .orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, Looks.alignment(kind));
            assertTrue(Looks.bold(kind.getRuns().get(0)));
            for (String basis : plan.bases()) {
                XWPFParagraph p = paragraphs.stream().filter(x -> plain(x.getText()).equals(basis)).findFirst().orElseThrow();
                assertTrue(Looks.italic(p.getRuns().get(0)), basis);
            }
            plan.articles().forEach(a -> assertTrue(paragraphs.stream().anyMatch(p -> plain(p.getText()).startsWith(a.label() + " ")
                    && Looks.bold(p.getRuns().get(0))), a.label()));
            // Numbering is text: no paragraph uses Word's list numbering.
            assertTrue(doc.getParagraphs().stream().allMatch(p -> p.getNumID() == null));
            // One typeface; body text 13–14 pt, tables 12, Nơi nhận 11.
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertEquals("Times New Roman", Looks.font(r));
                    if (!r.text().isEmpty()) {
                        double size = Looks.size(r);
                        boolean bodyText = Looks.firstLine(p) > 0;
                        assertTrue(bodyText ? size == 14 : size >= 12 && size <= 14, size + " pt: " + r.text());
                    }
                }
            }

            // Every figure of every table, and the signature beside the recipients.
            String all = text(doc);
            for (TableView table : plan.tables()) {
                for (RowView row : table.rows()) {
                    for (CellView cell : row.cells()) {
                        assertTrue(all.contains(cell.plain()), table.id() + ": " + cell.plain());
                    }
                }
            }
            XWPFTable signature = doc.getTables().stream().filter(t -> t.getText().contains("Nơi nhận:")).findFirst()
                    .orElseThrow();
            assertEquals(2, signature.getRow(0).getTableCells().size());
            assertTrue(signature.getRow(0).getCell(1).getText().contains(plan.signature().name()));
            // Budget tables repeat their header rows on each page.
            long repeated = doc.getTables().stream().filter(t -> t.getRows().stream().anyMatch(XWPFTableRow::isRepeatHeader))
                    .count();
            assertTrue(repeated >= plan.tables().size(), "tables with a repeated header: " + repeated);
        }
    }

    /**
     * The "(Kèm theo …)" lines read back from the Word copy: the decision's date written in full as Decree
     * 30 writes it there ("ngày 18 tháng 02 năm 2022", never "18/02/2022"), italic, one per attached plan
     * and appendix, in the order printed.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "content/ha-tinh-4086-2012, 4086/QĐ-UBND ngày 28 tháng 12 năm 2012",
            "content/ha-tinh-424-2022, 424/QĐ-UBND ngày 18 tháng 02 năm 2022"})
    void captionsWriteTheDecisionsDateInFull(String folder, String numberAndDate) throws IOException {
        ResolvedPlan plan = plan(folder);
        List<String> expected = new ArrayList<>();
        plan.body().captionLine().ifPresent(expected::add);
        plan.appendices().forEach(a -> expected.add(a.caption()));
        try (XWPFDocument doc = document(plan)) {
            List<XWPFParagraph> captions = doc.getParagraphs().stream()
                    .filter(p -> plain(p.getText()).startsWith("(Kèm theo ")).toList();
            List<String> printed = captions.stream().map(p -> plain(p.getText())).toList();
            assertEquals(expected, printed);
            assertTrue(printed.stream().anyMatch(c -> c.startsWith("(Kèm theo Quyết định số " + numberAndDate + " của ")),
                    printed.toString());
            assertTrue(printed.stream().noneMatch(c -> c.matches(".*ngày \\d+/.*")), printed.toString());
            captions.forEach(p -> assertTrue(p.getRuns().stream().allMatch(Looks::italic), p.getText()));
        }
    }

    /**
     * Every hyphen is the hyphen typed (U+002D), never Word's non-breaking hyphen (w:noBreakHyphen) nor a word joiner:
     * Word's Find for a hyphenated word finds it, and copied text carries no U+2011 (legal review, session 13). Two
     * exceptions, which Word and LibreOffice otherwise broke after their hyphen ("Quyết định số 4123/QĐ-" over "UBND",
     * "giai đoạn 2011-" over "2015"; s34 pages review 2), are Word's no-break hyphen: a number and symbol and a range of
     * years, in the running text as in a title's phrase.
     */
    @org.junit.jupiter.api.Test
    void hyphensAreTheHyphenTypedButInNumbersAndRanges() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-424-2022");
        try (XWPFDocument doc = document(plan)) {
            String xml = doc.getDocument().xmlText();
            assertFalse(xml.contains("\u2011") || xml.contains("\u2060"), "no U+2011 character or word joiner");
            String all = asWritten(doc);
            // The hyphen of a word that is no number: as typed ("Sở GD-ĐT", an agency's short name).
            assertTrue(all.contains("GD-ĐT"), "a short name's hyphen as typed");
            for (String bound : List.of("4123/QĐ-UBND", "22/2016/NQ-HĐND", "05-NQ/TU", "2022-2025", "2021-2025")) {
                assertTrue(all.contains(bound.replace('-', '\u2011')), bound + " held by a no-break hyphen");
                assertFalse(all.contains(bound), bound + " with a hyphen Word may break after");
            }
            String symbol = "4123/QĐ</w:t>\\s*<w:noBreakHyphen/>\\s*<w:t>UBND";
            assertTrue(java.util.regex.Pattern.compile(symbol).matcher(xml).find(), "w:noBreakHyphen in 4123/QĐ-UBND");
            // Typed "2011- 2015": held whole, the space after its hyphen a no-break space.
            assertTrue(all.contains("2011\u2011\u00a02015"), "2011- 2015 held whole");
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> plain(p.getText().replace('\u2011', '-')).equals(plan.header().title()))
                    .findFirst().orElseThrow();
            String titleXml = title.getCTP().xmlText();
            assertTrue(titleXml.matches("(?s).*2021</w:t>\\s*<w:noBreakHyphen/>\\s*<w:t>2025.*"), titleXml);
            XWPFParagraph spaced = doc.getParagraphs().stream().filter(p -> p.getText().contains("2021 - 2025"))
                    .findFirst().orElseThrow();
            assertFalse(spaced.getText().contains("\u00a0-"), spaced.getText());
        }
    }

    /** A run's text is the text given: en dashes, hyphens and spaces unchanged. */
    @org.junit.jupiter.api.Test
    void aRunsTextIsAsWritten() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            String text = "giai đoạn 2021\u20132025, năm 2021 - 2025; Sở GD-ĐT; kinh tế - xã hội";
            Runs.run(p, text, 14, false, false);
            assertEquals(text, p.getText());
            // But a number and symbol, and a range, held by Word's no-break hyphen (SymbolHyphens).
            XWPFParagraph q = doc.createParagraph();
            Runs.run(q, "Văn bản số 31/STTTT-CNTT, giai đoạn 2011-2015", 14, false, false);
            assertEquals("Văn bản số 31/STTTT\u2011CNTT, giai đoạn 2011\u20112015", q.getText());
        }
    }

    /**
     * Rows and lines as the PDF breaks them: an item row that fits on a page stays whole (4086's PHỤ LỤC 3
     * row 7 left one line at a page foot; 424's PHỤ LỤC 01 row 5 broke mid-cell), a group, heading or total row
     * stays whole;
     * body text at the PDF's 1.3 em line height (Word: 1.13 single lines of Times New Roman), so the copy
     * runs to about the PDF's pages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void rowsAndLinesBreakAsInThePdf(String folder) throws IOException {
        ResolvedPlan plan = plan(folder);
        try (XWPFDocument doc = document(plan)) {
            int checked = 0;
            int wholeItems = 0;
            List<String> splittable = new java.util.ArrayList<>();
            for (TableView table : plan.tables()) {
                if (table.print().split()) {
                    continue;
                }
                int header = ColumnPartsDocxTest.headerRows(table);
                XWPFTable word = wordTable(doc, table);
                for (int r = 0; r < table.rows().size(); r++) {
                    String kind = table.rows().get(r).kind().id();
                    boolean split = !word.getRow(header + r).isCantSplitRow();
                    if (!kind.equals("item") && !kind.equals("unallocated")) {
                        assertFalse(split, table.id() + " row " + (r + 1) + " " + kind);
                    } else if (split) {
                        splittable.add(table.id() + " " + table.rows().get(r).cells().get(0).plain());
                    } else {
                        wholeItems++;
                    }
                    checked++;
                }
            }
            assertTrue(checked > 30, "rows checked: " + checked);
            // Every item row that fits on a page stays whole (4086 PHỤ LỤC 3 row 7 left one line at a page foot;
            // 424 PHỤ LỤC 01 row 5, which the PDF moves overleaf whole, broke mid-cell at "quản lý dữ": s27 review
            // L1). No row of the bundled plans is taller than a page.
            assertTrue(wholeItems > 10, "item rows kept whole: " + wholeItems);
            assertEquals(List.of(), splittable);
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (Looks.firstLine(p) > 0) {
                    // The PDF's 1.3 em of 14 pt, as a height (PageFlowDocxTest).
                    assertEquals("atLeast 364", Looks.lineHeight(p), p.getText());
                }
            }
        }
    }

    /**
     * The agencies a section assigns (agency:) are data for the agency view, never a printed line: the
     * Word copy printed them in italics under each heading of 4086's Điều 1 ("Văn phòng UBND tỉnh"),
     * lines the PDF does not have and the author did not write.
     */
    @org.junit.jupiter.api.Test
    void theAgenciesASectionAssignsAreNotPrinted() throws IOException {
        ResolvedPlan plan = plan("content/ha-tinh-4086-2012");
        List<String> lines = new ArrayList<>();
        plan.body().sections().forEach(s -> agencyLines(s, lines));
        assertTrue(lines.size() > 3, "4086 assigns agencies: " + lines);
        try (XWPFDocument doc = document(plan)) {
            List<String> printed = doc.getParagraphs().stream().map(p -> plain(p.getText())).toList();
            assertEquals(List.of(), lines.stream().filter(printed::contains).toList());
        }
    }

    private static void agencyLines(plandoc.resolved.SectionView section, List<String> out) {
        if (!section.agencies().isEmpty()) {
            out.add(String.join("; ", section.agencies()));
        }
        section.blocks().stream().filter(plandoc.resolved.SectionBlock.class::isInstance)
                .forEach(b -> agencyLines(((plandoc.resolved.SectionBlock) b).section(), out));
    }

    /**
     * A bold lead line over its list ("Sở Công Thương:" in 4086's PHỤ LỤC 1) never ends a page, as in the
     * PDF: the Word copy left it alone at the foot of a page, its list on the next.
     */
    @org.junit.jupiter.api.Test
    void boldLeadLinesAreKeptWithTheirList() throws IOException {
        try (XWPFDocument doc = document(plan("content/ha-tinh-4086-2012"))) {
            List<XWPFParagraph> leads = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()
                    && Looks.firstLine(p) > 0 && p.getRuns().stream().allMatch(r -> r.text().isEmpty() || Looks.bold(r)))
                    .toList();
            assertTrue(leads.stream().anyMatch(p -> p.getText().equals("Sở Công Thương:")), "4086 has lead lines");
            assertEquals(List.of(), leads.stream().filter(p -> !Looks.keepNext(p)).map(XWPFParagraph::getText).toList());
        }
    }

    /**
     * Row styles as the PDF's: a per-member total row bold italic, an unallocated row italic, a note
     * ("Chưa có kinh phí") left as printed, not centred; a group or heading row kept with its first item, the
     * last row before the totals or a group's unallocated money kept with them, and the last row with the notes under
     * the table (Word's keep with next on the row's paragraphs).
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022", UNALLOCATED_ROWS})
    void rowStylesAsInThePdf(String folder) throws IOException {
        ResolvedPlan plan = plan(folder);
        try (XWPFDocument doc = document(plan)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (TableView table : plan.tables()) {
                if (table.print().split()) {
                    continue;
                }
                int header = ColumnPartsDocxTest.headerRows(table);
                XWPFTable word = wordTable(doc, table);
                for (int r = 0; r < table.rows().size(); r++) {
                    RowView row = table.rows().get(r);
                    XWPFTableRow wordRow = word.getRow(header + r);
                    String next = r + 1 < table.rows().size() ? table.rows().get(r + 1).kind().id() : "";
                    boolean keep = r + 1 < table.rows().size() ? row.kind() == plandoc.resolved.RowKind.GROUP
                            || row.kind() == plandoc.resolved.RowKind.HEADING || next.equals("grand")
                            || next.equals("axis-total") || next.equals("unallocated") : !table.notes().isEmpty();
                    for (int c = 0; c < row.cells().size(); c++) {
                        CellView cell = row.cells().get(c);
                        XWPFParagraph p = wordRow.getCell(c).getParagraphs().get(0);
                        String where = table.id() + " row " + (r + 1) + " " + row.kind() + " cell " + (c + 1);
                        assertEquals(keep, p.getCTP().getPPr().isSetKeepNext(), where);
                        if (cell.role() == CellRole.NOTE) {
                            assertEquals(ParagraphAlignment.LEFT, Looks.alignment(p), where);
                            seen.add("note");
                        }
                        for (XWPFRun run : p.getRuns()) {
                            boolean italic = row.kind() == plandoc.resolved.RowKind.AXIS_TOTAL || row.kind() == plandoc.resolved.RowKind.UNALLOCATED;
                            assertEquals(italic, Looks.italic(run), where);
                        }
                        seen.add(row.kind().id());
                    }
                }
            }
            assertTrue(seen.containsAll(List.of("item", "grand")), seen.toString());
            assertTrue(!folder.equals(UNALLOCATED_ROWS) || seen.contains("unallocated"), seen.toString());
            if (folder.contains("424")) {
                assertTrue(seen.containsAll(List.of("axis-total", "note")), seen.toString());
            }
        }
    }

    /** The Word table printing a plan table whole: its row count and its first body cell. */
    static XWPFTable wordTable(XWPFDocument doc, TableView table) {
        int header = ColumnPartsDocxTest.headerRows(table);
        return doc.getTables().stream().filter(t -> t.getNumberOfRows() == header + table.rows().size()
                        && plain(t.getRow(header).getCell(0).getText()).equals(table.rows().get(0).cells().get(0).plain()))
                .findFirst().orElseThrow(() -> new AssertionError(table.id()));
    }

    /**
     * The text's language is Vietnamese (Word checked the draft's spelling as English: every word marked)
     * and widow/orphan control is on, in the document's defaults.
     */
    @org.junit.jupiter.api.Test
    void vietnameseAndWidowControlByDefault() throws IOException {
        try (XWPFDocument doc = document(plan("content/ha-tinh-4086-2012"))) {
            var defaults = doc.getStyles().getCtStyles().getDocDefaults();
            assertEquals("vi-VN", defaults.getRPrDefault().getRPr().getLangArray(0).getVal());
            assertTrue(defaults.getPPrDefault().getPPr().isSetWidowControl());
        }
    }

    private static String text(XWPFDocument doc) {
        return plain(asWritten(doc));
    }

    /** The document's text as POI reads it: a no-break hyphen U+2011, a no-break space U+00A0. */
    private static String asWritten(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.append(c.getText()).append('\n')));
            }
        }
        return out.toString();
    }
}
