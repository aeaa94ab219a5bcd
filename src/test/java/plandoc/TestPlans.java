package plandoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Messages;
import plandoc.resolved.Block;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableView;
import plandoc.resolved.TextBlock;

/** Small plans written inline in tests, resolved through the real pipeline (load → validate → compute). */
public final class TestPlans {
    /**
     * {@link #DECISION} without its Nơi nhận ({@code recipients:}, {@code archive:}), for tests that write their own;
     * append them first, then {@code plan:} ….
     */
    public static final String DECISION_WITHOUT_RECIPIENTS = """
            document:
              type: quyet-dinh
              issuer:
                name: Ủy ban nhân dân tỉnh Hà Tĩnh
                short: UBND tỉnh
                code: 000.00.00.H25
              number: 4086
              symbol: QĐ-UBND
              place: Hà Tĩnh
              date: 2012-12-28
              title: Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020
              caption_title: phê duyệt điều chỉnh Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020
              signature:
                authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
                title: Phó Chủ tịch
                name: Nguyễn Thiện
              articles:
                - id: dieu-phe-duyet
                  text: "Phê duyệt điều chỉnh Quy hoạch, với nội dung chính như sau:"
                  include: plan
                - id: dieu-hieu-luc
                  text: Quyết định này có hiệu lực kể từ ngày ký.
            """;

    /**
     * A decision of Hà Tĩnh whose article 1 holds the plan body, with a Nơi nhận (Decree 30 asks one of every
     * document); append {@code plan:}, {@code budgets:} ….
     */
    public static final String DECISION = DECISION_WITHOUT_RECIPIENTS + """
              recipients: [Sở Thông tin và Truyền thông]
              archive: [VT]
            """;

    /**
     * A plan-level {@code axes:} block (src/test/resources/plans/axes-source-with-parts.yaml): a source axis whose
     * local budget has two parts, "Đầu tư" and "Sự nghiệp"; append more members of it or other axes, then
     * {@code budgets:}.
     */
    public static final String AXES_SOURCE_WITH_PARTS = resourceText("/plans/axes-source-with-parts.yaml");

    private TestPlans() {
    }

    private static String resourceText(String name) {
        try (java.io.InputStream in = TestPlans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@code yaml} without its {@code declared:} blocks: a test that edits one of the flagship's figures to watch the
     * outputs follow would otherwise be refused, since the totals the signed decision prints no longer add up (s29).
     */
    public static String withoutDeclared(String yaml) {
        StringBuilder kept = new StringBuilder();
        int skipping = -1;
        for (String line : yaml.split("\n", -1)) {
            int indent = line.length() - line.stripLeading().length();
            if (skipping >= 0 && (line.isBlank() || indent > skipping)) {
                continue;
            }
            skipping = -1;
            if (line.stripLeading().startsWith("declared:")) {
                skipping = indent;
                continue;
            }
            kept.append(line).append('\n');
        }
        return kept.substring(0, kept.length() - 1);
    }

    /**
     * The starter {@code plandoc new} writes with its sample content made the office's own, as an officer does
     * before the document is given its number: the signer's name, and the sample budget rows' wording (an issued document
     * still holding them is an error, validate.StarterSamples).
     */
    public static String starterFilledIn(String starter) {
        String filled = starter.replace("name: Nguyễn Văn A", "name: Trần Thị Bình");
        for (String row : List.of("Trang bị chứng thư số cho cán bộ, công chức", "Tập huấn sử dụng chữ ký số")) {
            filled = filled.replace(row + "\n", row + " của tỉnh\n").replace(row + " ", row + " của tỉnh ");
        }
        return filled;
    }

    /** Writes {@code plan.yaml} (and name/content pairs of other files) to {@code dir/ke-hoach} and resolves it. */
    public static PlanOutcome resolve(Path dir, String yaml, String... files) {
        Path folder = dir.resolve("ke-hoach");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("plan.yaml"), yaml);
            for (int i = 0; i < files.length; i += 2) {
                Files.writeString(folder.resolve(files[i]), files[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generator(dir).resolve(folder);
    }

    /** Resolves a plan that must have no problems at all. */
    public static ResolvedPlan resolveClean(Path dir, String yaml, String... files) {
        PlanOutcome outcome = resolve(dir, yaml, files);
        assertEquals(List.of(), messages(outcome), "the test plan should be clean");
        return outcome.resolved().orElseThrow();
    }

    /** The outcome's problems as printed in Vietnamese, in order. */
    public static List<String> messages(PlanOutcome outcome) {
        return messages(outcome, "vi");
    }

    public static List<String> messages(PlanOutcome outcome, String language) {
        Messages messages = Messages.forLanguage(language);
        return outcome.problems().sorted().stream().map(messages::format).toList();
    }

    /** A section anywhere in the body, by anchor (its id). */
    public static SectionView section(ResolvedPlan plan, String anchor) {
        return find(plan.body().sections(), anchor).orElseThrow(() -> new AssertionError("no section " + anchor));
    }

    private static Optional<SectionView> find(List<SectionView> sections, String anchor) {
        for (SectionView s : sections) {
            if (s.anchor().equals(anchor)) {
                return Optional.of(s);
            }
            List<SectionView> children = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof SectionBlock sb) {
                    children.add(sb.section());
                }
            }
            Optional<SectionView> inner = find(children, anchor);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** The Markdown of a section's own text blocks (text, then text_after), joined by blank lines. */
    public static String markdown(SectionView section) {
        return String.join("\n\n", section.blocks().stream().filter(TextBlock.class::isInstance)
                .map(b -> ((TextBlock) b).text().source()).toList());
    }

    public static TableView table(ResolvedPlan plan, String id) {
        return plan.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }
}
