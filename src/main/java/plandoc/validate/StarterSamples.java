package plandoc.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.BudgetItem;
import plandoc.model.Plan;

/**
 * The sample content {@code plandoc new} writes (src/main/resources/plandoc/scaffold/): the signer "Nguyễn Văn A"
 * and the sample budget rows. A document given its number with them still in publishes a made-up signer and budget
 * (s29 tryout F2), so each is an error once the document is not a draft. A row is the starter's only by its id, its
 * wording and its amounts together, unchanged (test plans made from the starter changed the amounts); the sample
 * task and objective are left alone, their wording being what a real
 * plan may well say (the task comparison example in docs/examples keeps the task). The signer's name alone is a
 * common example name (the guide's, the tests'), so it is the starter's only in a plan that still holds a sample row.
 */
final class StarterSamples {
    /** The signer's name the starters write. */
    static final String SIGNER = "Nguyễn Văn A";
    /** Each sample row's id and its wording, as the starters write them (StarterSamplesSourceTest holds them to the files). */
    static final Map<String, String> ROWS = Map.of(
            "chung-thu-so", "Trang bị chứng thư số cho cán bộ, công chức",
            "tap-huan", "Tập huấn sử dụng chữ ký số");
    /** Each sample row's amounts, "member=amount" ("amounts: { ns-tinh: 200, xhh: 100 }"). */
    static final Map<String, String> AMOUNTS = Map.of(
            "chung-thu-so", "ns-tinh=500",
            "tap-huan", "ns-tinh=200, xhh=100");

    void check(Plan plan, Problems problems) {
        if (plan.document().draft()) {
            return;
        }
        List<BudgetItem> samples = plan.budgets().stream().flatMap(b -> b.items().stream())
                .filter(i -> i.title().literalText().strip().equals(ROWS.get(i.id().value()))
                        && amounts(i).equals(AMOUNTS.get(i.id().value()))).toList();
        if (samples.isEmpty()) {
            return;
        }
        plan.document().signature().filter(s -> s.name().strip().equals(SIGNER)).ifPresent(s -> {
            Optional<SourcePosition> at = s.nameAt();
            problems.error(at.orElse(plan.document().at()), "starter.sample-signer", s.name().strip());
        });
        for (BudgetItem row : samples) {
            problems.error(row.title().at(), "starter.sample-row", row.title().literalText().strip(), row.id().value());
        }
    }

    /** The row's amounts as {@link #AMOUNTS} writes them. */
    private static String amounts(BudgetItem item) {
        return String.join(", ", item.amounts().cells().stream().map(c -> String.join("/",
                c.path().stream().map(plandoc.model.Id::value).toList()) + "=" + c.amount().value().stripTrailingZeros()
                .toPlainString()).toList());
    }
}
