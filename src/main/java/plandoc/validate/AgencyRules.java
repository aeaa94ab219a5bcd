package plandoc.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Suggestions;
import plandoc.diagnostic.Capitals;
import plandoc.model.Agency;
import plandoc.model.AgencyRegister;
import plandoc.model.Assignment;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.Text;

/**
 * When an agency register exists, every {@code lead}, {@code partners} and section {@code agency}
 * names a registered agency (by id or an accepted form), so agency views can gather their work.
 */
final class AgencyRules {
    void check(Plan plan, Problems problems) {
        List<Text> names = new ArrayList<>();
        plan.tasks().forEach(t -> t.items().forEach(task -> assignment(task.assignment(), names)));
        plan.budgets().forEach(b -> b.items().forEach(i -> assignment(i.assignment(), names)));
        plan.body().sections().forEach(s -> section(s, names));
        capitals(plan.agencies(), names, problems);
        registerIds(plan.agencies(), names, problems);
        if (plan.agencies().isEmpty()) {
            return;
        }
        List<String> forms = plan.agencies().forms();
        // The register files actually read (the shared one, the plan folder's own), as their entries say.
        // Named shared first, the plan's own last, whatever order the register keeps them in (its own entries come first
        // since s24); a new agency goes into the plan's own register when it has one (s24 re-read M1).
        String own = "/" + plan.slug() + "/" + AgencyRegister.FILE;
        List<String> files = plan.agencies().agencies().stream().map(a -> a.id().at().file()).distinct()
                .sorted(java.util.Comparator.comparing(f -> f.replace('\\', '/').endsWith(own))).toList();
        String used = String.join(", ", files);
        String addTo = files.isEmpty() ? AgencyRegister.FILE : files.get(files.size() - 1);
        AgencyRegister setAside = plan.agencies().setAsideRegister();
        java.util.Set<Text> splitName = new java.util.HashSet<>();
        for (int n = 0; n < names.size(); n++) {
            Text name = names.get(n);
            String value = name.literalText();
            if (splitName.contains(name)) {
                continue;
            }
            Optional<List<Text>> pieces = plan.agencies().resolve(value).isPresent() ? Optional.empty()
                    : commaSplit(plan.agencies(), names, n);
            if (pieces.isPresent()) {
                splitName.addAll(pieces.get());
                String whole = String.join(", ", pieces.get().stream().map(Text::literalText).toList());
                problems.error(name.at(), "agency.comma-split", whole, pieces.get().size());
                continue;
            }
            if (plan.agencies().resolve(value).isEmpty() && setAside.resolve(value).isPresent()) {
                // Another province's agency: the shared register this plan's own one replaces has it.
                String from = setAside.agencies().get(0).id().at().file();
                problems.error(name.at(), "agency.other-register", value, from, used,
                        Hint.nearest(Suggestions.nearest(value, forms).or(() -> within(value, forms))), addTo,
                        IdRules.suggestion(value), yamlScalar(value));
            } else if (plan.agencies().resolve(value).isEmpty() && meant(value, forms).isPresent()) {
                problems.error(name.at(), "agency.unknown-meant", value, used, meant(value, forms).get());
            } else if (plan.agencies().resolve(value).isEmpty()) {
                problems.error(name.at(), "agency.unknown-in", value, used,
                        Hint.nearest(Suggestions.nearest(value, forms).or(() -> within(value, forms))), addTo,
                        newId(plan.agencies(), value), yamlScalar(value));
            }
        }
    }

    /**
     * The registered name the typed one is once marks and case are set aside ("So Noi vu" for "Sở Nội vụ"): offering
     * to register it would only give a duplicate id and register the misspelling, so the message says which name to
     * write instead.
     */
    private static Optional<String> meant(String value, List<String> forms) {
        String id = IdRules.suggestion(value);
        return forms.stream().filter(f -> IdRules.suggestion(f).equals(id)).findFirst();
    }

    /** The id the add-line proposes: the name's slug, numbered when the register already holds that id. */
    private static String newId(AgencyRegister register, String value) {
        String id = IdRules.suggestion(value);
        java.util.Set<String> ids = new java.util.HashSet<>();
        register.agencies().forEach(a -> ids.add(a.id().value()));
        String unique = id;
        for (int n = 2; ids.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    /**
     * A lead, partner or section agency typed in capitals ("SỞ NỘI VỤ"): tables and the agency page print it as
     * typed, where the letterhead's upper-casing does not reach. The register's spelling is the fix when it has the
     * agency; a form registered as typed (an initialism "VNPT") is not capitals typed by mistake.
     */
    private static void capitals(AgencyRegister register, List<Text> names, Problems problems) {
        List<String> forms = register.forms();
        for (Text name : names) {
            String value = name.literalText().strip();
            if (!Capitals.typedInCapitals(value) || forms.contains(value)) {
                continue;
            }
            Optional<List<Agency>> agencies = register.resolve(value);
            if (agencies.isPresent()) {
                problems.warning(name.at(), "agency.all-caps", value,
                        String.join(", ", agencies.get().stream().map(Agency::name).toList()));
            } else {
                problems.warning(name.at(), "agency.all-caps-plain", value);
            }
        }
    }

    /**
     * A lead, partner or section agency written as its register id ("so-khcn"): the register finds the agency, but the
     * document prints what was written, and a signed plan would name a department by a slug.
     */
    private static void registerIds(AgencyRegister register, List<Text> names, Problems problems) {
        for (Text name : names) {
            String value = name.literalText().strip();
            register.agencies().stream().filter(a -> a.id().value().equals(value) && !a.name().equals(value))
                    .findFirst().ifPresent(a -> problems.warning(name.at(), "agency.id-written", value, a.name()));
        }
    }

    /**
     * A registered name the typed one starts with, "Sở Nội vụ" in "Sở Nội vụ tỉnh Quảng Nam": too far for the
     * nearest by spelling, yet what was meant. The longest such name, and only a name of two words or more.
     */
    private static Optional<String> within(String typed, List<String> forms) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return forms.stream().filter(f -> f.strip().contains(" "))
                .filter(f -> lower.startsWith(f.toLowerCase(Locale.ROOT) + " "))
                .max(Comparator.comparingInt(String::length));
    }

    /** The name as it can be pasted into a flow mapping: quoted when a comma, colon or brace would cut it. */
    static String yamlScalar(String name) {
        return name.matches(".*[,:{}\\[\\]#\"'].*") ? '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : name;
    }

    /**
     * A registered name with commas ("Các sở, ban, ngành") written unquoted in a YAML list: the list splits it into
     * pieces, each an unknown agency; offering to register "ban" would be wrong. The pieces from {@code n} on, on one
     * line, that join into a registered form.
     */
    private static Optional<List<Text>> commaSplit(AgencyRegister register, List<Text> names, int n) {
        int line = names.get(n).at().line();
        for (int end = Math.min(names.size(), n + 6); end > n + 1; end--) {
            List<Text> run = names.subList(n, end);
            if (run.stream().allMatch(t -> t.at().line() == line && t.at().file().equals(names.get(n).at().file()))
                    && register.resolve(String.join(", ", run.stream().map(Text::literalText).toList()))
                            .filter(found -> found.size() == 1).isPresent()) { // one agency, not joint leads
                return Optional.of(List.copyOf(run));
            }
        }
        return Optional.empty();
    }

    private static void assignment(Assignment a, List<Text> out) {
        a.lead().ifPresent(out::add);
        out.addAll(a.partners());
    }

    private static void section(Section s, List<Text> out) {
        out.addAll(s.agencies());
        s.sections().forEach(child -> section(child, out));
    }

}
