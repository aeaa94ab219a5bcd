package plandoc.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Problems;
import plandoc.model.Amount;
import plandoc.model.Plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s34: a budget's figure typed in Word's curly quotes (“350”, “1.200”) is said once, by the budget's rules, which alone
 * know whether it is also a thousands dot (“1.200” in whole figures: one error for both slips). The reader said it and
 * the rules took it back (Problems.withdrawWarning); now the reader leaves it, at every depth of the cells and in a
 * declared {@code total:}, and the figure carries its quotes to the rules. A number elsewhere (a seal's size) is still
 * said by the reader. The full messages: errors/yaml-curly-quotes.
 */
class WordQuotedFigureTest {
    private static final Path CASE = Path.of("src/test/resources/errors/yaml-curly-quotes/plan.yaml");

    @TempDir
    Path dir;

    @Test
    void theReaderLeavesABudgetsFiguresInWordQuotesToTheBudgetsRules() throws Exception {
        Problems problems = new Problems();
        Plan plan = load(Files.readString(CASE), problems);
        assertEquals(List.of(), said(problems, "yaml.curly-quotes-number"), "said by the budget's rules, not here");
        List<Amount> amounts = plan.budgets().get(0).groups().stream().flatMap(g -> g.items().stream())
                .flatMap(i -> i.amounts().cells().stream()).map(c -> c.amount()).toList();
        assertEquals(List.of("1.200", "350"), amounts.stream().map(Amount::typed).toList());
        assertEquals(Optional.of(new Amount.WordQuotes("“350”", "amounts: 350", "amounts: '“350”'", "@yaml.curly-double")),
                amounts.get(1).wordQuotes());
    }

    @Test
    void nestedCellsAndADeclaredTotalAreTheBudgetsFiguresToo() throws Exception {
        String source = Files.readString(CASE).replace("amounts: “350”", """
                amounts: { 2026: “350” }
                        declared:
                          - total: “1.500”""");
        assertTrue(source.contains("2026: “350”"), source);
        Problems problems = new Problems();
        load(source.replace("unit: triệu đồng", "unit: triệu đồng\n    axes:\n      - { id: nam, label: Năm, years: 2026-2027 }")
                .replace("amounts: “1.200”", "amounts: { 2026: “1.200” }"), problems);
        assertEquals(List.of(), said(problems, "yaml.curly-quotes-number"));
    }

    @Test
    void aNumberOutsideABudgetIsStillSaidByTheReader() throws Exception {
        Problems problems = new Problems();
        String source = Files.readString(CASE).replace("    code: 000.00.00.H25", "    code: 000.00.00.H25\n    seal_size: “36”");
        load(source, problems);
        int line = List.of(source.split("\n")).indexOf("    seal_size: “36”") + 1;
        List<Problem> said = said(problems, "yaml.curly-quotes-number").stream()
                .filter(p -> p.at().line() == line).toList();
        assertEquals(1, said.size(), problems.sorted().toString());
        assertEquals(List.of("“36”", "seal_size: 36"), said.get(0).message().args().subList(0, 2));
    }

    private Plan load(String source, Problems problems) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ke-hoach"));
        Files.writeString(folder.resolve("plan.yaml"), source);
        return new PlanLoader(dir).load(folder, problems).orElseThrow();
    }

    private static List<Problem> said(Problems problems, String key) {
        return problems.sorted().stream().filter(p -> p.message().key().equals(key)).toList();
    }
}
