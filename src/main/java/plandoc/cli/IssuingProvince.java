package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import plandoc.load.PlanLoader;
import plandoc.load.ProvincialUnits;
import plandoc.model.Province;

/**
 * The province a new plan is issued in when {@code --province} does not say: {@code content/province.yaml}'s, else
 * the one province whose People's Committee (or Council) the plans already in the folder name. plandoc never
 * invents it (s29 tryout F6: a folder without either got Hà Tĩnh's starter, silently).
 *
 * @param described what province.yaml says (no name: there is none, or it names none)
 * @param named the current units the plans beside name, in folder order
 */
record IssuingProvince(Province described, Set<ProvincialUnits.Unit> named) {
    static IssuingProvince of(Path content) throws IOException {
        if (!Files.isDirectory(content)) {
            return new IssuingProvince(Province.NONE, Set.of());
        }
        Province described = ContentProvince.of(content);
        Set<ProvincialUnits.Unit> named = new LinkedHashSet<>();
        if (described.name().isEmpty()) {
            PlanLoader loader = new PlanLoader(Path.of(""));
            for (Path folder : loader.planFolders(content)) {
                // A department's plan names its province in the chủ quản line: the first that is a council counts.
                loader.issuerNames(folder).stream().map(ProvincialUnits.get()::ofCouncil).flatMap(Optional::stream)
                        .findFirst().ifPresent(named::add);
            }
        }
        return new IssuingProvince(described, named);
    }

    /** The plans' one province, when they name exactly one and a new document can still be issued in its name. */
    Optional<ProvincialUnits.Unit> fromPlans(java.time.LocalDate today) {
        return named.size() == 1 && named.iterator().next().existedOn(today)
                ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** Whether {@code new} must be told the province: neither province.yaml nor the plans beside say it. */
    boolean needed(java.time.LocalDate today) {
        return described.name().isEmpty() && fromPlans(today).isEmpty();
    }
}
