package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Plan;
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.Text;
import plandoc.model.TextPart;

class TextParserTest {
    private final Problems problems = new Problems();
    private final TextParser parser = new TextParser(problems);

    /** A plain one-line scalar starting at line 5, column 12. */
    private static final TextOrigin PLAIN = new TextOrigin(new SourcePosition("plan.yaml", 5, 12), false, 0, 0);

    private Text parse(String value) {
        return parser.parse(value, PLAIN);
    }

    private List<String> messages() {
        Messages vi = new Messages(Messages.VIETNAMESE);
        return problems.sorted().stream().map(vi::format).toList();
    }

    private static String literal(TextPart part) {
        return assertInstanceOf(TextPart.Literal.class, part).value();
    }

    private static Reference reference(TextPart part) {
        return assertInstanceOf(Reference.class, part);
    }

    private static Map<String, String> options(Reference ref) {
        return ref.options().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void plainTextIsOneLiteral() {
        Text text = parse("Phê duyệt điều chỉnh Quy hoạch.");
        assertEquals(1, text.parts().size());
        assertEquals("Phê duyệt điều chỉnh Quy hoạch.", literal(text.parts().get(0)));
        assertEquals(List.of(), messages());
    }

    @Test
    void refBetweenLiterals() {
        Text text = parse("Như {ref:dieu-hieu-luc} và Phụ lục");
        assertEquals(3, text.parts().size());
        assertEquals("Như ", literal(text.parts().get(0)));
        Reference ref = reference(text.parts().get(1));
        assertEquals(Reference.Kind.REF, ref.kind());
        assertEquals("dieu-hieu-luc", ref.target());
        assertEquals(Map.of(), ref.options());
        assertEquals(new SourcePosition("plan.yaml", 5, 16), ref.at());
        assertEquals(" và Phụ lục", literal(text.parts().get(2)));
        assertEquals(List.of(), messages());
    }

    @Test
    void amountOptionsKeepTheirOrderValuesAndPositions() {
        Text text = parse("{amount:du-an phase=2012-2015 source=tw}");
        Reference ref = reference(text.parts().get(0));
        assertEquals(Reference.Kind.AMOUNT, ref.kind());
        assertEquals("du-an", ref.target());
        assertEquals(List.of("phase", "source"), List.copyOf(ref.options().keySet()));
        assertEquals("2012-2015", ref.option("phase").orElseThrow().value());
        assertEquals("tw", ref.option("source").orElseThrow().value());
        assertEquals(new SourcePosition("plan.yaml", 5, 12), ref.at());
        assertEquals(new SourcePosition("plan.yaml", 5, 26), ref.option("phase").orElseThrow().at());
        assertEquals(new SourcePosition("plan.yaml", 5, 42), ref.option("source").orElseThrow().at());
    }

    @Test
    void quotedOptionValuesMayHoldSpaces() {
        Reference ref = reference(parse("{amount:du-an unit=\"triệu đồng\" decimals=3}").parts().get(0));
        assertEquals(Map.of("unit", "triệu đồng", "decimals", "3"), options(ref));
        assertEquals(List.of(), messages());
    }

    @Test
    void countWithAGroup() {
        Reference ref = reference(parse("Phê duyệt {count:du-an group=ud-cq} dự án").parts().get(1));
        assertEquals(Reference.Kind.COUNT, ref.kind());
        assertEquals("du-an", ref.target());
        assertEquals(Map.of("group", "ud-cq"), options(ref));
    }

    @Test
    void spacesAroundTheKindAndTargetAreAllowed() {
        Reference ref = reference(parse("{ ref: pl-du-an }").parts().get(0));
        assertEquals(Reference.Kind.REF, ref.kind());
        assertEquals("pl-du-an", ref.target());
    }

    @Test
    void doubleBraceIsALiteralBrace() {
        Text text = parse("Tập hợp {{a, b} và {{ref:x}");
        assertEquals(1, text.parts().size());
        assertEquals("Tập hợp {a, b} và {ref:x}", literal(text.parts().get(0)));
        assertEquals(List.of(), text.references());
        assertEquals(List.of(), messages());
    }

    @Test
    void aClosingBraceAloneIsLiteral() {
        assertEquals("a } b", literal(parse("a } b").parts().get(0)));
        assertEquals(List.of(), messages());
    }

    @Test
    void unknownKindsAreReportedAndKeptAsTyped() {
        Text text = parse("Xem {muc:noi-dung} và {ref}");
        assertEquals(List.of(), text.references());
        assertEquals("Xem {muc:noi-dung} và {ref}", text.literalText());
        assertEquals(List.of(
                "plan.yaml:5:16: lỗi: {muc:noi-dung} không phải tham chiếu hợp lệ ({ref:…}, {amount:…}, {count:…}); "
                        + "nếu muốn in dấu \"{\" hãy viết \"{{\"",
                "plan.yaml:5:34: lỗi: {ref} không phải tham chiếu hợp lệ ({ref:…}, {amount:…}, {count:…}); "
                        + "nếu muốn in dấu \"{\" hãy viết \"{{\""), messages());
    }

    @Test
    void aReferenceWithoutTarget() {
        parse("Xem {ref:  }");
        assertEquals(List.of("plan.yaml:5:16: lỗi: {ref:  } thiếu mã đối tượng, ví dụ {ref:pl-du-an}"), messages());
    }

    @Test
    void anUnclosedBrace() {
        Text text = parse("Xem {ref:pl-du-an");
        assertEquals("Xem {ref:pl-du-an", text.literalText());
        assertEquals(List.of("plan.yaml:5:16: lỗi: dấu \"{\" chưa được đóng; nếu muốn in dấu \"{\" hãy viết \"{{\""),
                messages());
    }

    /** One mistake, one message: an unclosed quote is not also a reference "without target". */
    @Test
    void anUnclosedQuoteIsReportedOnce() {
        Text text = parse("{amount:du-an unit=\"triệu đồng}");
        assertEquals(List.of(), text.references());
        assertEquals(List.of("plan.yaml:5:12: lỗi: dấu ngoặc kép chưa đóng trong {amount:du-an unit=\"triệu đồng}"),
                messages());
    }

    @Test
    void anOptionWithoutEqualsIsReportedAtTheOption() {
        Reference ref = reference(parse("{amount:du-an phase 2012-2015}").parts().get(0));
        assertEquals(Map.of(), ref.options());
        assertEquals(List.of(
                "plan.yaml:5:26: lỗi: tùy chọn \"phase\" trong {amount:du-an phase 2012-2015} phải có dạng khóa=giá trị (chỉ words và bare viết một mình, không có =)",
                "plan.yaml:5:32: lỗi: tùy chọn \"2012-2015\" trong {amount:du-an phase 2012-2015} phải có dạng khóa=giá trị (chỉ words và bare viết một mình, không có =)"),
                messages());
    }

    /** Contract v2's {@code bare}, like {@code words}, is a flag: read without "=", no error. */
    @Test
    void bareIsAFlagLikeWords() {
        Reference ref = reference(parse("{amount:du-an bare words}").parts().get(0));
        assertEquals(List.of("bare", "words"), List.copyOf(ref.options().keySet()));
        assertEquals(List.of(), messages());
    }

    @Test
    void aQuotedScalarCountsItsOpeningQuote() {
        TextOrigin quoted = new TextOrigin(new SourcePosition("plan.yaml", 40, 7), false, 0, 1);
        Reference ref = reference(parser.parse("Như {ref:dieu-hieu-luc}", quoted).parts().get(1));
        assertEquals(new SourcePosition("plan.yaml", 40, 12), ref.at());
    }

    @Test
    void aReferenceInALiteralBlockIsReportedOnItsOwnLineAndColumn() {
        // text: |          <- line 10
        //   Dòng một       <- line 11, content indented 8 columns
        //   Tổng: {amount:du-an phase=2012-2015}
        TextOrigin block = new TextOrigin(new SourcePosition("plan.yaml", 10, 13), true, 8, 0);
        Text text = parser.parse("Dòng một\nTổng: {amount:du-an phase=2012-2015}\n\nb) {ref:pl-du-an}", block);
        List<Reference> refs = text.references();
        assertEquals(new SourcePosition("plan.yaml", 12, 15), refs.get(0).at());
        assertEquals(new SourcePosition("plan.yaml", 12, 29), refs.get(0).option("phase").orElseThrow().at());
        assertEquals(new SourcePosition("plan.yaml", 14, 12), refs.get(1).at());
    }

    /** The same, end to end: a plan file read by the loader. */
    @Test
    void positionsThroughTheLoader(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("ke-hoach");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plan.yaml"), String.join("\n",
                "document:",
                "  type: ke-hoach",
                "  issuer: { name: Ủy ban nhân dân tỉnh Hà Tĩnh, code: 000.00.00.H25 }",
                "  number: 12",
                "  symbol: KH-UBND",
                "  place: Hà Tĩnh",
                "  date: 2022-01-18",
                "  title: \"Kế hoạch {ref:a}\"",
                "  signature: { authority: [TM. Ủy ban nhân dân], title: Chủ tịch, name: Võ Trọng Hải }",
                "  recipients: [Sở Tài chính]",
                "  archive: [VT]",
                "plan:",
                "  sections:",
                "    - id: a",
                "      title: Mục {ref:b}",
                "      text: |",
                "        Dòng một",
                "",
                "          Thụt vào {ref:c} và {ref:d}",
                "    - id: b",
                "      title: 'Mục ''b'' {ref:a}'",
                "      text: >",
                "        Gấp {ref:a}",
                "        dòng {ref:b}",
                ""));
        Problems loadProblems = new Problems();
        Plan plan = new PlanLoader(dir).load(folder, loadProblems).orElseThrow();
        assertEquals(List.of(), loadProblems.sorted());
        assertEquals(new SourcePosition("ke-hoach/plan.yaml", 8, 20), plan.document().title().orElseThrow().references().get(0).at());
        Section a = plan.body().sections().get(0);
        assertEquals(new SourcePosition("ke-hoach/plan.yaml", 15, 18), a.title().orElseThrow().references().get(0).at());
        List<Reference> inBlock = a.text().orElseThrow().references();
        assertEquals(new SourcePosition("ke-hoach/plan.yaml", 19, 20), inBlock.get(0).at());
        assertEquals(new SourcePosition("ke-hoach/plan.yaml", 19, 31), inBlock.get(1).at());
        Section b = plan.body().sections().get(1);
        // 'Mục ''b'' {ref:a}': the doubled quotes are one character in the text, two in the file.
        assertEquals(21, b.title().orElseThrow().references().get(0).at().line());
        // A folded block joins its lines: positions fall back to the block's start, never past a line's end.
        List<Reference> folded = b.text().orElseThrow().references();
        assertEquals(new SourcePosition("ke-hoach/plan.yaml", 22, 13), folded.get(0).at());
        assertEquals(new SourcePosition("ke-hoach/plan.yaml", 22, 13), folded.get(1).at());
    }
}
