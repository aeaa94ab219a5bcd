package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problem;

/**
 * The resolved document of every bundled plan and every fixture, dumped as stable indented text and
 * compared whole with a golden file: a change anywhere from load to compute shows as a reviewable diff
 * of figures, numbers, labels and references. Fixtures whose printed totals disagree have no resolved
 * document; their golden file holds the problems instead. After an intended change:
 * <pre>mvn -q -B -o test -Dtest='plandoc.compute.ResolvedGoldenTest' -Dgolden.update=true</pre>
 */
class ResolvedGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/resolved");

    static Stream<Path> plans() throws IOException {
        List<Path> roots = List.of(Path.of("content"), Path.of("src/test/resources/fixtures"));
        Stream<Path> all = Stream.empty();
        for (Path root : roots) {
            try (Stream<Path> dirs = Files.list(root)) {
                List<Path> plans = dirs.filter(d -> Files.isRegularFile(d.resolve("plan.yaml"))).sorted().toList();
                all = Stream.concat(all, plans.stream());
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void resolvedDocumentMatchesItsGoldenFile(Path folder) throws IOException {
        PlanOutcome outcome = new Generator(Path.of("")).resolve(folder);
        StringBuilder text = new StringBuilder();
        Messages messages = Messages.forLanguage("vi");
        for (Problem p : outcome.problems().sorted()) {
            text.append("# ").append(messages.format(p)).append('\n');
        }
        outcome.resolved().ifPresent(plan -> dump(plan, 0, text));
        Path golden = GOLDEN.resolve(folder.getFileName() + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readString(golden, StandardCharsets.UTF_8).lines().toList();
        List<String> actual = text.toString().lines().toList();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "first difference at line " + (i + 1) + " of " + golden
                    + "; if the change is intended, rerun with -Dgolden.update=true and review the diff");
        }
        assertEquals(expected.size(), actual.size(), "line count of " + golden);
    }

    /** Records by component, lists by index, optionals as their value or "(none)", paths as written. */
    private static void dump(Object value, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        if (value instanceof plandoc.resolved.TablePrint print) {
            // Parts repeat the table's cells: their columns and widths say how it is cut.
            out.append("TablePrint ").append(print.sizePt()).append(" pt\n");
            for (int i = 0; i < print.parts().size(); i++) {
                plandoc.resolved.TableView part = print.parts().get(i);
                out.append(indent).append("  - ").append(part.id()).append(' ').append(print.captions().get(i)).append(": ")
                        .append(part.columns().stream().map(plandoc.resolved.ColumnView::key).toList()).append(' ')
                        .append(part.widths()).append('\n');
            }
            return;
        }
        if (value instanceof plandoc.resolved.TiedWords tied) {
            // Hundreds of them: row, cell and line on one line.
            out.append("TiedWords row ").append(tied.row()).append(" cell ").append(tied.cell()).append(" line ")
                    .append(tied.line()).append('\n');
            return;
        }
        if (value instanceof plandoc.resolved.DataRow row) {
            // Hundreds of them, each the line of the tidy CSV it is written as.
            out.append("DataRow ").append(String.join(",", row.budget(), row.groupId().orElse(""), row.kind().id(),
                    row.itemId().orElse(""), String.join(";", row.lead()), row.breakdown(), String.join("/", row.members()),
                    row.amount().toPlainString(), row.unit(), String.valueOf(row.inTotal()), String.valueOf(row.computed()),
                    row.declaredTotal().map(java.math.BigDecimal::toPlainString).orElse(""),
                    String.valueOf(row.inPlanTotal()))).append('\n');
            return;
        }
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('\n');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                out.append(indent).append("  ").append(c.getName()).append(": ");
                dump(read(c, record), depth + 1, out);
            }
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                dump(optional.get(), depth, out);
            } else {
                out.append("(none)\n");
            }
        } else if (value instanceof Collection<?> list) {
            out.append('[').append(list.size()).append("]\n");
            int i = 0;
            for (Object item : list) {
                out.append(indent).append("  - ").append(i++).append(": ");
                dump(item, depth + 1, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append('{').append(map.size()).append("}\n");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(indent).append("  ").append(e.getKey()).append(": ");
                dump(e.getValue(), depth + 1, out);
            }
        } else if (value instanceof plandoc.resolved.Keyword keyword) {
            out.append(keyword.id()).append('\n'); // the word plan.json and the templates use
        } else if (value instanceof Path path) {
            // An image's file is read as an absolute path: the golden holds it from the checkout, wherever that is.
            Path shown = path.isAbsolute() ? Path.of("").toAbsolutePath().relativize(path) : path;
            out.append(shown.toString().replace('\\', '/')).append('\n');
        } else {
            out.append(String.valueOf(value).replace("\n", "\\n")).append('\n');
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
