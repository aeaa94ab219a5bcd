package plandoc.layout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frame of a decision as Decree 30 (Phụ lục I) sets it and the §13 checklist (notes/format-standard.md)
 * measures it, read back with PDFBox from the two bundled PDFs: the header (Quốc hiệu 12 bold, Tiêu ngữ 13.5
 * bold, Số 13 regular under the issuer, the date 13 italic on the Số line under the Quốc hiệu), tên loại and
 * trích yếu 14 bold, căn cứ 14 italic, the signature block (authority, title and name 14 bold, the name about
 * 30 mm below), "Nơi nhận:" 12 bold italic at the left margin level with the first authority line, its list 11
 * regular, and the page number 14 regular 11.7 mm from the top. Values measured in the s32 review of every page;
 * {@link LayoutInspector} checks margins and overlaps, not these.
 */
class DecisionFrameLayoutTest {

    private static final float MM = PrintedLines.MM;
    private static final float LEFT_MARGIN = 30 * MM;

    @ParameterizedTest
    @CsvSource({
            "ha-tinh-4086-2012, Về việc phê duyệt, PHÓ CHỦ TỊCH, Nguyễn Thiện, '- Lưu: VT, TH, VX.'",
            "ha-tinh-424-2022, Phê duyệt Đề án, CHỦ TỊCH, Võ Trọng Hải, '- Lưu: VT, NC2.'"})
    void theHeaderSignatureAndRecipientsArePrintedAsDecree30Sets(String slug, String summary, String title, String name,
                                                                 String kept)
            throws Exception {
        List<String> wrong = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            List<PrintedLines.Page> pages = PrintedLines.read(document);
            PrintedLines.Page first = pages.get(0);
            Run motto = run(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            Run issuer = run(first, "ỦY BAN NHÂN DÂN");
            Run number = run(first, "Số:");
            Run date = run(first, "Hà Tĩnh, ngày");
            style(wrong, motto, 12, true, false);
            style(wrong, run(first, "Độc lập"), 13.5f, true, false);
            style(wrong, issuer, 12, true, false);
            style(wrong, number, 13, false, false);
            style(wrong, date, 13, false, true);
            style(wrong, run(first, "QUYẾT ĐỊNH"), 14, true, false);
            style(wrong, run(first, summary), 14, true, false);
            style(wrong, run(first, "Căn cứ Luật Công nghệ thông tin"), 14, false, true);
            near(wrong, "Số and date on one baseline", number.baseline(), date.baseline(), 0.5f);
            near(wrong, "Số centred under the issuer", centre(lineOf(first, number)), issuer.centre(), 1.5f);
            near(wrong, "date centred under the Quốc hiệu", centre(lineOf(first, date)), motto.centre(), 1.5f);
            near(wrong, "căn cứ indented 12.7 mm", run(first, "Căn cứ Luật Công nghệ thông tin").left(), LEFT_MARGIN + 12.7f * MM, 0.5f);

            PrintedLines.Page signed = pages.stream().filter(p -> find(p, "Nơi nhận:") != null).findFirst().orElseThrow();
            Run recipients = run(signed, "Nơi nhận:");
            Run authority = run(signed, "TM. ỦY BAN NHÂN DÂN");
            Run signerTitle = runAfter(signed, title, authority.baseline());
            Run signer = run(signed, name);
            style(wrong, recipients, 12, true, true);
            style(wrong, authority, 14, true, false);
            style(wrong, signerTitle, 14, true, false);
            style(wrong, signer, 14, true, false);
            style(wrong, run(signed, kept), 11, false, false);
            near(wrong, "Nơi nhận: at the left margin", recipients.left(), LEFT_MARGIN, 0.5f);
            near(wrong, "Nơi nhận: level with the TM. line", recipients.baseline(), authority.baseline(), 0.5f);
            float gap = (signer.baseline() - signerTitle.baseline()) / MM;
            if (gap < 25 || gap > 35) {
                wrong.add("the name " + gap + " mm below the title, not about 30 mm (room to sign)");
            }

            PrintedLines.Page second = pages.get(1);
            assertEquals("", first.pageNumber(), "no page number on the first page");
            Run page = run(second, "2");
            style(wrong, page, 14, false, false);
            near(wrong, "page number 11.7 mm from the top", page.baseline(), 11.7f * MM, 0.5f);
        }
        assertEquals(List.of(), wrong, slug);
    }

    /** Glyphs spelling a text on one printed line (spaces ignored). */
    private record Run(List<PrintedLines.Glyph> glyphs) {
        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        float centre() {
            return (left() + right()) / 2;
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }

        String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(g -> out.append(g.text()));
            return out.toString();
        }
    }

    private static Run run(PrintedLines.Page page, String text) {
        Run found = find(page, text);
        assertTrue(found != null, "\"" + text + "\" on p." + page.number());
        return found;
    }

    private static Run runAfter(PrintedLines.Page page, String text, float below) {
        String compact = text.replace(" ", "");
        for (PrintedLines.Line line : page.lines()) {
            Run run = inLine(line, compact);
            if (run != null && line.baseline() > below + 1) {
                return run;
            }
        }
        throw new AssertionError("\"" + text + "\" below " + below + " pt on p." + page.number());
    }

    private static Run find(PrintedLines.Page page, String text) {
        String compact = text.replace(" ", "");
        for (PrintedLines.Line line : page.lines()) {
            Run run = inLine(line, compact);
            if (run != null) {
                return run;
            }
        }
        return null;
    }

    private static Run inLine(PrintedLines.Line line, String compact) {
        StringBuilder joined = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < line.glyphs().size(); i++) {
            String t = line.glyphs().get(i).text().replace(" ", "");
            joined.append(t);
            for (int k = 0; k < t.length(); k++) {
                owner.add(i);
            }
        }
        int at = joined.indexOf(compact);
        if (at < 0) {
            return null;
        }
        return new Run(line.glyphs().subList(owner.get(at), owner.get(at + compact.length() - 1) + 1));
    }

    /** The printed line a run is on: the whole "Số: 4086/QĐ-UBND", not only "Số:". */
    private static List<PrintedLines.Glyph> lineOf(PrintedLines.Page page, Run run) {
        // The line holds the other column too (issuer and Quốc hiệu share baselines): keep the glyphs of the run's
        // column, those nearer the run than the next column's gap.
        PrintedLines.Line line = page.lines().stream().filter(l -> l.glyphs().contains(run.glyphs().get(0)))
                .findFirst().orElseThrow();
        List<PrintedLines.Glyph> column = new ArrayList<>();
        int from = line.glyphs().indexOf(run.glyphs().get(0));
        for (int i = from; i < line.glyphs().size(); i++) {
            PrintedLines.Glyph g = line.glyphs().get(i);
            if (i > from && g.x() - line.glyphs().get(i - 1).right() > 5 * MM) {
                break;
            }
            column.add(g);
        }
        for (int i = from - 1; i >= 0; i--) {
            PrintedLines.Glyph g = line.glyphs().get(i);
            if (column.get(0).x() - g.right() > 5 * MM) {
                break;
            }
            column.add(0, g);
        }
        return column;
    }

    private static float centre(List<PrintedLines.Glyph> glyphs) {
        return (glyphs.get(0).x() + glyphs.get(glyphs.size() - 1).right()) / 2;
    }

    private static void style(List<String> wrong, Run run, float size, boolean bold, boolean italic) {
        for (PrintedLines.Glyph g : run.glyphs()) {
            if (Math.abs(g.size() - size) > 0.1f || g.bold() != bold || g.italic() != italic) {
                wrong.add("\"" + run.text() + "\" p." + g.page() + ": " + g.size() + " pt" + (g.bold() ? " bold" : "")
                        + (g.italic() ? " italic" : "") + " at \"" + g.text() + "\", not " + size + " pt"
                        + (bold ? " bold" : "") + (italic ? " italic" : ""));
                return;
            }
        }
    }

    private static void near(List<String> wrong, String what, float actual, float expected, float mm) {
        if (Math.abs(actual - expected) > mm * MM) {
            wrong.add(what + ": " + actual / MM + " mm, expected " + expected / MM + " mm");
        }
    }
}
