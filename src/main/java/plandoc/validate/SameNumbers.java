package plandoc.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * The one check across plans: two issued documents of one issuer with the same number, symbol and year (s30 tryout
 * F3). The register gives each number once a year (Decree 30, Điều 15), so a second is a copied folder whose number
 * was not changed: published, it would put two different texts on the portal under one "Số: 1520/QĐ-UBND". Drafts
 * have no number yet and are left out; numbering starts again each year, so the year is part of the key.
 */
public final class SameNumbers {
    private SameNumbers() {
    }

    /**
     * One issued document as the check sees it.
     *
     * @param issuer       the issuer's name as printed
     * @param numberSymbol "1520/QĐ-UBND"
     * @param checked      whether the plan was read and checked now: only such a plan takes the error; a plan known
     *                     by its site record is unchanged since it was published, and the error is the newcomer's
     * @param at           where its {@code number:} was typed: read only for a number found twice, since a plan
     *                     known by its record has to be read again for it
     */
    public record Numbered(String slug, String issuer, String numberSymbol, int year, boolean checked,
                           Supplier<SourcePosition> at) {
        private String key() {
            return issuer + "\u0000" + numberSymbol + "\u0000" + year;
        }
    }

    /** The errors found, by the slug of the plan each belongs to; every plan with a repeat names the other's place. */
    public static Map<String, Problems> check(List<Numbered> documents) {
        return check(documents, groups -> Set.of());
    }

    /**
     * As above; where every plan given a number was checked now (none known by its record: a first build into an
     * empty folder, s30 review R5), {@code originals} may tell, for all such groups at once, the slugs of the plans
     * that had the number first (from git): such a plan takes no error, and each other names it.
     */
    public static Map<String, Problems> check(List<Numbered> documents,
                                              Function<List<List<Numbered>>, Set<String>> originals) {
        Map<String, List<Numbered>> byNumber = new LinkedHashMap<>();
        for (Numbered document : documents) {
            byNumber.computeIfAbsent(document.key(), k -> new ArrayList<>()).add(document);
        }
        List<List<Numbered>> unknown = byNumber.values().stream()
                .filter(same -> same.size() > 1 && same.stream().allMatch(Numbered::checked)).toList();
        Set<String> first = unknown.isEmpty() ? Set.of() : originals.apply(unknown);
        Map<String, Problems> found = new LinkedHashMap<>();
        for (List<Numbered> same : byNumber.values()) {
            if (same.size() < 2) {
                continue;
            }
            Optional<Numbered> original = same.stream().filter(d -> first.contains(d.slug())).findFirst();
            for (Numbered document : same) {
                if (!document.checked() || original.filter(o -> o == document).isPresent()) {
                    continue;
                }
                Numbered other = original.orElse(same.get(same.get(0) == document ? 1 : 0));
                found.computeIfAbsent(document.slug(), s -> new Problems()).error(document.at().get(),
                        "document.number-taken", document.numberSymbol(), document.year(), other.at().get().toString(),
                        other.slug());
            }
        }
        return found;
    }
}
