package plandoc.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.load.PlanLoader;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.SameNumbers;

/**
 * The register of issued documents (sổ đăng ký văn bản) across the content folder, after each plan was resolved:
 * an issued document whose issuer, number, symbol and year another has ({@link SameNumbers}) takes the error, and is
 * not built; a plan known by its site record only names its place (read again for that).
 */
public final class DocumentRegister {
    private final PlanLoader loader;

    public DocumentRegister(PlanLoader loader) {
        this.loader = loader;
    }

    public List<PlanOutcome> check(List<PlanOutcome> outcomes) {
        List<SameNumbers.Numbered> numbered = new ArrayList<>();
        for (PlanOutcome outcome : outcomes) {
            Optional<DocumentInfo> info = outcome.resolved().map(ResolvedPlan::info)
                    .or(() -> outcome.record().map(SiteRecord::info));
            if (info.isEmpty() || info.get().draft() || info.get().date().isEmpty()) {
                continue;
            }
            Supplier<SourcePosition> at = () -> outcome.plan().or(() -> loader.load(outcome.folder(), new Problems()))
                    .map(p -> p.document().numberAt()).orElse(SourcePosition.whole(outcome.folder().toString()));
            numbered.add(new SameNumbers.Numbered(outcome.slug(), info.get().issuer(), info.get().numberSymbol(),
                    info.get().date().get().getYear(), outcome.resolved().isPresent(), at));
        }
        Map<String, Problems> found = SameNumbers.check(numbered);
        if (found.isEmpty()) {
            return outcomes;
        }
        return outcomes.stream().map(o -> {
            Problems more = found.get(o.slug());
            if (more == null) {
                return o;
            }
            o.problems().addAll(more);
            return new PlanOutcome(o.folder(), o.problems(), o.plan(), Optional.empty(), o.record());
        }).toList();
    }
}
