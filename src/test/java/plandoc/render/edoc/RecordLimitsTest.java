package plandoc.render.edoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import plandoc.TestPlans;
import plandoc.diagnostic.Messages;
import plandoc.model.RecordField;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;

/**
 * Decree 30 Phụ lục VI gives the e-document record's fields a length; {@code check} refuses a longer value
 * at its line and column, saying what and how to fix, rather than write a record the e-document system
 * cannot take. A value exactly at the limit passes. The XSD holds the same limits.
 */
class RecordLimitsTest {
    /** The Lưu line Decree 30 ends Nơi nhận with: without it a plan with recipients is warned (s14-legal). */
    private static final String ARCHIVE = "  archive: [VT]\n";

    @TempDir
    Path dir;

    /** A DECISION line, its value replaced: the field, where the value starts, the over-long value. */
    static Stream<Arguments> overLong() {
        return Stream.of(
                Arguments.of(RecordField.ORGAN_NAME, "name: Ủy ban nhân dân tỉnh Hà Tĩnh", "name: ", 4, 11),
                Arguments.of(RecordField.CODE_NUMBER, "number: 4086", "number: ", 7, 11),
                Arguments.of(RecordField.CODE_NOTATION, "symbol: QĐ-UBND", "symbol: QĐ-", 8, 11),
                Arguments.of(RecordField.SUBJECT, "title: Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ "
                        + "thông tin tỉnh Hà Tĩnh đến năm 2020", "title: Về việc ", 11, 10),
                // Still the deputy of the KT. line's Chủ tịch: a "Phó ĐĐĐ…" would be warned as another head's.
                Arguments.of(RecordField.POSITION, "title: Phó Chủ tịch", "title: Phó Chủ tịch ", 15, 12),
                Arguments.of(RecordField.FULL_NAME, "name: Nguyễn Thiện", "name: Nguyễn ", 16, 11),
                Arguments.of(RecordField.COMPETENCE, "authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]",
                        "authority: [TM. ", 14, 17));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLong")
    void aValueOverItsFieldIsAnErrorAtTheValue(RecordField field, String line, String prefix, int row, int column) {
        // Characters of the value kept from the prefix (the authority list's "[" is not the value's).
        int keep = prefix.length() - prefix.indexOf(": ") - 2 - (field == RecordField.COMPETENCE ? 1 : 0);
        // CODE_NUMBER must stay digits; the others take Vietnamese letters, counted as characters, not bytes.
        String filler = field == RecordField.CODE_NUMBER ? "1" : "Đ";
        String fits = prefix + filler.repeat(limit(field) - keep) + (field == RecordField.COMPETENCE ? ", KT. Chủ tịch]" : "");
        String over = prefix + filler.repeat(limit(field) - keep + 1) + (field == RecordField.COMPETENCE ? ", KT. Chủ tịch]" : "");
        assertTrue(TestPlans.DECISION.contains(line), line);

        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir.resolve("fits"), TestPlans.DECISION.replace(line, fits))),
                field + " at its limit is accepted");
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir.resolve("over"), TestPlans.DECISION.replace(line, over)));
        assertEquals(1, messages.size(), messages.toString());
        String at = "ke-hoach/plan.yaml:" + row + ":" + column + ": lỗi: ";
        assertTrue(messages.get(0).startsWith(at) && messages.get(0).contains(" dài " + (field.max() + 1) + " ký tự, quá "
                + field.max() + " ký tự mà "), messages.get(0));
    }

    /** {@link RecordField#COMPETENCE} is the authority lines joined by ", ": the last line counts too. */
    private static int limit(RecordField field) {
        return field == RecordField.COMPETENCE ? field.max() - ", KT. Chủ tịch".length() : field.max();
    }

    @Test
    void theSubjectMessageSaysWhatAndHowToFixInBothLanguages() {
        String title = "Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020";
        var outcome = TestPlans.resolve(dir, TestPlans.DECISION.replace(title, "Đ".repeat(501)));
        assertEquals(List.of("ke-hoach/plan.yaml:11:10: lỗi: trích yếu dài 501 ký tự, quá 500 ký tự mà trường Subject của "
                + "dữ liệu văn bản điện tử cho phép (Nghị định 30/2020/NĐ-CP Phụ lục VI): rút gọn title"), TestPlans.messages(outcome));
        assertEquals(List.of("ke-hoach/plan.yaml:11:10: error: the title (trích yếu) is 501 characters long, over the 500 "
                + "characters the e-document record's Subject field allows (Decree 30/2020/NĐ-CP Appendix VI): shorten title"),
                TestPlans.messages(outcome, "en"));
        assertTrue(outcome.resolved().isEmpty() || outcome.problems().hasErrors(), "no record is written for it");
    }

    /** A place is checked as the record holds it: the second place of a "; " line, at where it is written. */
    @Test
    void aPlaceOverTwoHundredCharactersIsAnErrorAtThatPlace() {
        String yaml = TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - Sở Tài chính; " + "Đ".repeat(201) + "\n" + ARCHIVE;
        int row = (int) TestPlans.DECISION_WITHOUT_RECIPIENTS.lines().count() + 2;
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, yaml));
        assertEquals(List.of("ke-hoach/plan.yaml:" + row + ":21: lỗi: nơi nhận dài 201 ký tự, quá 200 ký tự mà một nơi nhận "
                + "của dữ liệu văn bản điện tử cho phép (ToPlaces; Nghị định 30/2020/NĐ-CP Phụ lục VI, tên cơ quan nhận): rút "
                + "gọn, hoặc tách thành nhiều nơi nhận (ngăn bằng \";\" hay viết to: [nơi 1, nơi 2])"), messages);
        String fits = TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - Sở Tài chính; " + "Đ".repeat(200) + "\n" + ARCHIVE;
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir.resolve("fits"), fits)));
    }

    /** A recipient line must say something; its keys are checked like every mapping's. */
    @Test
    void aRecipientLineWithNothingOrAnUnknownKeyIsAnError() {
        List<String> empty = TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - note:\n"));
        assertEquals(1, empty.size(), empty.toString());
        assertTrue(empty.get(0).contains("lỗi: dòng nơi nhận không có \"to\" (nơi nhận) cũng không có \"note\""), empty.get(0));
        List<String> typo = TestPlans.messages(TestPlans.resolve(dir.resolve("typo"),
                TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - { too: Sở Tài chính }\n"));
        assertTrue(typo.stream().anyMatch(m -> m.contains("\"too\"") && m.contains("\"to\"")), typo.toString());
    }

    /**
     * What an officer copies from the printed list — its dash, the "Lưu:" line, an empty place between ";" —
     * would be printed as typed and become a place of the record: each is an error at the line, saying the fix.
     */
    @Test
    void aRecipientTypedAsPrintedIsAnErrorSayingTheFix() {
        int row = (int) TestPlans.DECISION_WITHOUT_RECIPIENTS.lines().count() + 2;
        List<String> dash = TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - \"- Sở Công Thương;\"\n" + ARCHIVE));
        assertEquals(List.of("ke-hoach/plan.yaml:" + row + ":7: lỗi: nơi nhận \"- Sở Công Thương;\" có gạch đầu dòng: plandoc "
                + "tự in \"- \" trước mỗi nơi nhận; bỏ dấu gạch ở đầu"), dash);
        List<String> archive = TestPlans.messages(TestPlans.resolve(dir.resolve("luu"),
                TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - { to: [Sở Tài chính, \"Lưu: VT\"] }\n"));
        assertTrue(archive.size() == 1 && archive.get(0).contains("lỗi: dòng \"Lưu: VT\" là dòng Lưu, không phải nơi nhận: xóa "
                + "dòng này khỏi recipients: và ghi archive: [VT]"), archive.toString());
        List<String> empty = TestPlans.messages(TestPlans.resolve(dir.resolve("empty"),
                TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - Sở Tài chính;; Sở Nội vụ\n" + ARCHIVE));
        assertTrue(empty.size() == 1 && empty.get(0).contains("có chỗ trống giữa hai dấu \";\": bỏ dấu \";\" thừa"),
                empty.toString());
        List<String> english = TestPlans.messages(TestPlans.resolve(dir.resolve("en"),
                TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - – Sở Công Thương\n" + ARCHIVE), "en");
        assertTrue(english.size() == 1 && english.get(0).contains("error: the recipient \"– Sở Công Thương\" starts with a dash"),
                english.toString());
    }

    /**
     * A note in brackets typed as a place ("(để báo cáo)", as a line or a place of a ";" line) would be printed
     * "- (để báo cáo);" as a recipient and recorded as a place: an error at it, saying where a note goes.
     */
    @Test
    void aBracketedNoteTypedAsAPlaceIsAnErrorSayingWhereNotesGo() {
        int row = (int) TestPlans.DECISION_WITHOUT_RECIPIENTS.lines().count() + 3;
        var outcome = TestPlans.resolve(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - Bộ Nội vụ\n    - (để báo cáo)\n" + ARCHIVE);
        assertEquals(List.of("ke-hoach/plan.yaml:" + row + ":7: lỗi: dòng nơi nhận \"(để báo cáo)\" là ghi chú trong ngoặc, "
                + "không phải nơi nhận: nó sẽ được in \"- …;\" như một nơi nhận và ghi vào nơi nhận của dữ liệu văn bản điện "
                + "tử; ghi chú cho một nơi nhận thì đặt cùng dòng với nơi nhận đó: - { to: Bộ Nội vụ, note: (để báo cáo) }; "
                + "ghi chú riêng một dòng thì viết - note: …"), TestPlans.messages(outcome));
        assertEquals(List.of("ke-hoach/plan.yaml:" + row + ":7: error: the recipient line \"(để báo cáo)\" is a note in "
                + "brackets, not a place: it would be printed \"- …;\" as a recipient and recorded as a place of the "
                + "e-document record; a note on one recipient goes on that recipient's line: - { to: Bộ Nội vụ, note: (để "
                + "báo cáo) }; a note on a line of its own is written - note: …"), TestPlans.messages(outcome, "en"));
        List<String> inLine = TestPlans.messages(TestPlans.resolve(dir.resolve("in-line"),
                TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n    - Bộ Nội vụ; (để b/c);\n" + ARCHIVE));
        assertTrue(inLine.size() == 1 && inLine.get(0).contains("lỗi: dòng nơi nhận \"Bộ Nội vụ; (để b/c);\" là ghi chú"),
                inLine.toString());
        // A note on the recipient's line, or a line of its own, is what the message says to write.
        TestPlans.resolveClean(dir.resolve("fixed"), TestPlans.DECISION_WITHOUT_RECIPIENTS
                + "  recipients:\n    - { to: Bộ Nội vụ, note: (để báo cáo) }\n    - note: (để b/c)\n    - Bộ Y tế (để b/c)\n" + ARCHIVE);
    }

    /**
     * PageAmount has three digits (Phụ lục VI): the pages are known once the PDF is printed, where a longer
     * document is refused like an over-long value, saying what to do. (A 1,000-page PDF is too slow to print
     * in a unit test: the renderer calls this with the printed count.)
     */
    @Test
    void aDocumentOverNineHundredNinetyNinePagesIsRefused() throws Exception {
        ElectronicRecord.checkPages(RecordField.MAX_PAGES, "4086-QD-UBND.pdf", "ha-tinh-4086");
        var refused = assertThrows(RenderException.class,
                () -> ElectronicRecord.checkPages(RecordField.MAX_PAGES + 1, "4086-QD-UBND.pdf", "ha-tinh-4086"));
        RenderProblem problem = refused.toProblem();
        assertEquals(RenderProblem.Kind.CONTENT, problem.kind(), "the plan's content, exit 1, not a defect");
        assertEquals("4086-QD-UBND.pdf: tệp PDF của văn bản có 1000 trang, quá 999 trang mà trường PageAmount của dữ liệu "
                + "văn bản điện tử cho phép (Nghị định 30/2020/NĐ-CP Phụ lục VI: số trang ghi bằng 3 chữ số); tách bớt: đưa "
                + "phụ lục dài thành văn bản riêng, ở văn bản này ghi phụ lục đó bằng external: (lời dẫn tới văn bản đăng "
                + "riêng) [văn bản: ha-tinh-4086]", problem.format(Messages.forLanguage("vi")));
        assertEquals("4086-QD-UBND.pdf: the document's PDF has 1000 pages, over the 999 pages the e-document record's "
                + "PageAmount field allows (Decree 30/2020/NĐ-CP Appendix VI: the page count has 3 digits); make it shorter: "
                + "publish a long appendix as a document of its own and name it here with external: (a note pointing to "
                + "the document published separately) [plan: ha-tinh-4086]", problem.format(Messages.forLanguage("en")));
    }

    /** The XSD and check hold the same limits: each field's maxLength in docs/edoc-record.xsd, and the pages. */
    @Test
    void theSchemaHasTheSameLimits() throws Exception {
        Map<RecordField, String> elements = new EnumMap<>(Map.of(RecordField.ORGAN_NAME, "OrganName",
                RecordField.CODE_NUMBER, "CodeNumber", RecordField.CODE_NOTATION, "CodeNotation",
                RecordField.SUBJECT, "Subject", RecordField.COMPETENCE, "SignerCompetence",
                RecordField.POSITION, "SignerPosition", RecordField.FULL_NAME, "SignerFullName",
                RecordField.TO_PLACE, "ToPlace"));
        assertEquals(List.of(RecordField.values()), List.copyOf(elements.keySet()), "every field is in the schema");
        Document xsd = RecordReading.parse(Files.readAllBytes(Path.of("docs/edoc-record.xsd")));
        var xpath = XPathFactory.newInstance().newXPath();
        for (var e : elements.entrySet()) {
            String element = "//*[local-name()='element'][@name='" + e.getValue() + "']";
            String inline = xpath.evaluate(element + "//*[local-name()='maxLength']/@value", xsd);
            String type = xpath.evaluate(element + "/@type", xsd);
            String max = !inline.isEmpty() ? inline : xpath.evaluate("//*[local-name()='simpleType'][@name='" + type
                    + "']//*[local-name()='maxLength']/@value", xsd);
            assertEquals(Integer.toString(e.getKey().max()), max, e.getValue());
        }
        assertEquals(Integer.toString(RecordField.MAX_PAGES),
                xpath.evaluate("//*[local-name()='element'][@name='PageAmount']//*[local-name()='maxInclusive']/@value", xsd),
                "PageAmount");
    }
}
