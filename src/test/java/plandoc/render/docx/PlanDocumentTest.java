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
import plandoc.resolved.CellView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/** The Word copy read back with POI (XWPF): page, header block, text, tables, sections, page numbers. */
class PlanDocumentTest {

    static ResolvedPlan plan(String folder) {
        return new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow();
    }

    static XWPFDocument document(ResolvedPlan plan) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new PlanDocument().write(plan)));
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
            assertEquals(ParagraphAlignment.CENTER, policy.getDefaultHeader().getParagraphs().get(0).getAlignment());
            assertEquals("", policy.getFirstPageHeader().getText().strip());

            // The header block: a borderless two-column table.
            IBodyElement first = doc.getBodyElements().get(0);
            assertTrue(first instanceof XWPFTable);
            XWPFTable header = (XWPFTable) first;
            assertNull(header.getTopBorderType() == XWPFTable.XWPFBorderType.NONE ? null : header.getTopBorderType());
            String headerText = header.getText();
            assertTrue(headerText.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), headerText);
            assertTrue(headerText.contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(headerText.contains(plan.header().numberLine()));
            assertTrue(headerText.contains(plan.header().placeDate()));

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph kind = paragraphs.stream().filter(p -> p.getText().equals(plan.header().kind())).findFirst()
                    .orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, kind.getAlignment());
            assertTrue(kind.getRuns().get(0).isBold());
            for (String basis : plan.bases()) {
                XWPFParagraph p = paragraphs.stream().filter(x -> x.getText().equals(basis)).findFirst().orElseThrow();
                assertTrue(p.getRuns().get(0).isItalic(), basis);
            }
            plan.articles().forEach(a -> assertTrue(paragraphs.stream().anyMatch(p -> p.getText().startsWith(a.label() + " ")
                    && p.getRuns().get(0).isBold()), a.label()));
            // Numbering is text: no paragraph uses Word's list numbering.
            assertTrue(doc.getParagraphs().stream().allMatch(p -> p.getNumID() == null));
            // One typeface; body text 13–14 pt, tables 12, Nơi nhận 11.
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertEquals("Times New Roman", r.getFontFamily());
                    if (!r.text().isEmpty()) {
                        double size = r.getFontSizeAsDouble();
                        boolean bodyText = p.getIndentationFirstLine() > 0;
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

    private static String text(XWPFDocument doc) {
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
