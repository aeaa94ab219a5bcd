package plandoc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problem;

/**
 * Mutation fuzzing of the bundled plans: deletes, duplicates and swaps lines, shifts indentation,
 * inserts random characters and YAML punctuation, truncates. Whatever comes out, loading, validating and
 * computing either succeed or report problems, each located in a file (line and column ≥ 1) and each
 * formattable in both languages — never an uncaught exception.
 *
 * <p>300 tries by default (well under a minute); more on demand: {@code mvn test -Dtest=FuzzTest
 * -Dfuzz.tries=20000}. A failure prints jqwik's seed; rerun it with {@code -Djqwik.seeds.whenfixed=...}
 * or by adding {@code seed = "..."} to the {@code @Property}.
 */
class FuzzTest {
    static final int DEFAULT_TRIES = 300;
    static final List<Path> PLANS = bundledPlans();
    private static final Messages VI = Messages.forLanguage("vi");
    private static final Messages EN = Messages.forLanguage("en");

    enum Kind { DELETE, DUPLICATE, SWAP, INDENT, DEDENT, TAB, INSERT, REPLACE_VALUE, TRUNCATE }

    /** One edit; the numbers pick lines and columns modulo the text's size. */
    record Mutation(Kind kind, int a, int b, String insert) {
    }

    @Property(afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(FuzzTries.class)
    void mutatedPlansGiveLocatedProblemsNeverExceptions(@ForAll("plans") Path plan,
            @ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path dir = Files.createTempDirectory("plandoc-fuzz");
        try {
            Path folder = Files.createDirectories(dir.resolve(plan.getParent().getFileName()));
            try (Stream<Path> files = Files.list(plan.getParent())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            String text = Files.readString(plan, StandardCharsets.UTF_8);
            // getBytes, not writeString: a cut inside a surrogate pair leaves half a character, which a UTF-8
            // file cannot hold (writeString throws); getBytes writes '?' for it, as an editor would refuse it.
            Files.write(folder.resolve("plan.yaml"), mutate(text, mutations).getBytes(StandardCharsets.UTF_8));

            PlanOutcome outcome = new Generator(dir).resolve(folder);

            if (outcome.resolved().isEmpty()) {
                assertTrue(outcome.problems().hasErrors(), "a plan that did not resolve says why");
            }
            for (Problem p : outcome.problems().sorted()) {
                assertTrue(p.at() != null && p.at().file() != null && !p.at().file().isBlank(), p.toString());
                assertTrue(p.at().line() >= 1 && p.at().column() >= 1, "located: " + p);
                // A placeholder left in the text is a message defect; the author's own text may hold "%s".
                String vi = withoutArguments(VI.format(p), p);
                String en = withoutArguments(EN.format(p), p);
                assertFalse(vi.isBlank() || en.isBlank() || vi.contains("%s") || en.contains("%s"), p.toString());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String withoutArguments(String text, Problem p) {
        String out = text;
        for (Object arg : p.message().args()) {
            String shown = String.valueOf(arg);
            if (!shown.isEmpty()) {
                out = out.replace(shown, "");
            }
        }
        return out.isBlank() ? text : out;
    }

    @Provide
    Arbitrary<Path> plans() {
        return Arbitraries.of(PLANS);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> punctuation = Arbitraries.of(":", "-", "- ", ": ", "[", "]", "{", "}", ",", "&a ", "*a",
                "!", "!!binary ", "|", ">", "'", "\"", "%", "@", "`", "#", "?", "---", "...", "\t", "\uFEFF", "\u0000",
                "\u0301", "\r", "\n", "~", "null", ".nan", "1e999", "0x1F", "-.inf", "2012-02-30", "<script>",
                "{ref:", "{amount:x}", "{{", "}", "Quy¸t ®Þnh", "ñònh", "\uD83D\uDE00", "\\", "\\u");
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').withChars("đĐ€\u00A0\u200B").ofMaxLength(6);
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000), Arbitraries.oneOf(punctuation, random)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    static String mutate(String text, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (Mutation m : mutations) {
            if (lines.isEmpty()) {
                lines.add("");
            }
            int i = m.a() % lines.size();
            int j = m.b() % lines.size();
            String line = lines.get(i);
            switch (m.kind()) {
                case DELETE -> lines.remove(i);
                case DUPLICATE -> lines.add(i, line);
                case SWAP -> {
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case INDENT -> lines.set(i, " ".repeat(1 + m.b() % 4) + line);
                case DEDENT -> lines.set(i, line.substring(Math.min(line.length() - line.stripLeading().length(), 1 + m.b() % 4)));
                case TAB -> lines.set(i, "\t" + line);
                case INSERT -> {
                    int at = line.isEmpty() ? 0 : m.b() % (line.length() + 1);
                    lines.set(i, line.substring(0, at) + m.insert() + line.substring(at));
                }
                case REPLACE_VALUE -> {
                    int colon = line.indexOf(": ");
                    lines.set(i, colon < 0 ? m.insert() : line.substring(0, colon + 2) + m.insert());
                }
                case TRUNCATE -> {
                    String all = String.join("\n", lines);
                    int at = m.a() * 37 % (all.length() + 1);
                    lines = new ArrayList<>(List.of(all.substring(0, at).split("\n", -1)));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static List<Path> bundledPlans() {
        try (Stream<Path> dirs = Files.list(Path.of("content"))) {
            return dirs.map(d -> d.resolve("plan.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the number of tries from {@code -Dfuzz.tries} (default {@value #DEFAULT_TRIES}). */
    static final class FuzzTries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Integer.getInteger("fuzz.tries", DEFAULT_TRIES));
            return property.execute();
        }
    }
}
