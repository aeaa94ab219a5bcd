package plandoc.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.history.FirstNumbered;
import plandoc.load.PlanLoader;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.SameNumbers;

/**
 * The register of issued documents (sổ đăng ký văn bản) across the content folder, after each plan was resolved:
 * an issued document whose issuer, number, symbol and year another has ({@link SameNumbers}) takes the error, and is
 * not built; a plan known by its site record only names its place (read again for that). In a build ({@code fromGit}),
 * where none of the plans given one number is known by its site record, the one whose plan.yaml was committed with it
 * first ({@link FirstNumbered}) is the original and takes no error, so a build into an empty folder still publishes
 * it (s30 review R5); outside git each takes the error, as {@code check} says.
 */
public final class DocumentRegister {
    private final PlanLoader loader;
    private final boolean fromGit;

    public DocumentRegister(PlanLoader loader, boolean fromGit) {
        this.loader = loader;
        this.fromGit = fromGit;
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
        Map<String, Problems> found = SameNumbers.check(numbered, groups -> originals(groups, outcomes));
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

    /** The slugs of the plans git says had their number first, for each group of plans given one number. */
    private Set<String> originals(List<List<SameNumbers.Numbered>> groups, List<PlanOutcome> outcomes) {
        if (!fromGit) {
            return Set.of();
        }
        Map<String, Path> folders = new HashMap<>();
        outcomes.forEach(o -> folders.put(o.slug(), o.folder()));
        List<Map<Path, String>> files = groups.stream().map(same -> {
            Map<Path, String> numbers = new HashMap<>();
            same.forEach(d -> numbers.put(folders.get(d.slug()).resolve(PlanLoader.PLAN_FILE),
                    d.numberSymbol().substring(0, Math.max(0, d.numberSymbol().indexOf('/')))));
            return numbers;
        }).toList();
        Set<Path> first = FirstNumbered.originals(files);
        Set<String> slugs = new HashSet<>();
        folders.forEach((slug, folder) -> {
            if (first.contains(folder.resolve(PlanLoader.PLAN_FILE))) {
                slugs.add(slug);
            }
        });
        return slugs;
    }
}
