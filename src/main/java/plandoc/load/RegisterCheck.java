package plandoc.load;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Agency;
import plandoc.model.AgencyRegister;

/**
 * One register file may list an agency once: a second entry with the same id, or the same name or short
 * form as another entry, would silently decide which agency a plan's "Sở Nội vụ" means. Both lines are
 * reported, so the author sees the pair wherever they look first.
 */
final class RegisterCheck {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private RegisterCheck() {
    }

    static void check(AgencyRegister register, Problems problems) {
        Map<String, Agency> ids = new HashMap<>();
        Map<String, Agency> forms = new HashMap<>();
        for (Agency agency : register.agencies()) {
            Agency sameId = ids.putIfAbsent(agency.id().value(), agency);
            if (sameId != null) {
                pair(sameId, agency, "agency.duplicate-id", agency.id().value(), problems);
                continue;
            }
            for (String form : forms(agency)) {
                Agency sameForm = forms.putIfAbsent(key(form), agency);
                if (sameForm != null && sameForm != agency) {
                    pair(sameForm, agency, "agency.duplicate-name", form, problems);
                    break;
                }
            }
        }
    }

    /**
     * A plan folder's own register that repeats an id of the shared one: the site's agency view and the index's
     * filter know an agency by its id, so two provinces' "so-khcn" become one department holding both provinces'
     * tasks (s24 review M1). Said at the own entry, naming the shared one's line. Another province's register for
     * certain under {@code plan_register: replace}; under {@code add} when the entry has the shared one's name too
     * (another name for the same id is the documented way to rename an agency for one plan).
     */
    static void sameIds(AgencyRegister shared, AgencyRegister own, boolean replacing, Problems problems) {
        Map<String, Agency> sharedIds = new HashMap<>();
        shared.agencies().forEach(a -> sharedIds.putIfAbsent(a.id().value(), a));
        for (Agency agency : own.agencies()) {
            Agency same = sharedIds.get(agency.id().value());
            if (same != null && (replacing || key(same.name()).equals(key(agency.name())))) {
                SourcePosition at = same.id().at();
                problems.warning(agency.id().at(), "agency.id-of-shared-register", agency.id().value(),
                        at.file() + ":" + at.line());
            }
        }
    }

    private static void pair(Agency first, Agency second, String key, String value, Problems problems) {
        problems.error(first.id().at(), key, value, second.id().at().line());
        problems.error(second.id().at(), key, value, first.id().at().line());
    }

    private static List<String> forms(Agency agency) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(agency.name()), agency.shortNames().stream())
                .distinct().toList();
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(VI);
    }
}
