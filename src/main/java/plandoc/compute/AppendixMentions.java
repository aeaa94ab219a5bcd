package plandoc.compute;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.Id;
import plandoc.model.Plan;
import plandoc.model.Reference;
import plandoc.model.Text;
import plandoc.validate.IdIndex;
import plandoc.validate.MeantTarget;
import plandoc.validate.PlanTexts;

/**
 * Every appendix is referred to in the document (Decree 30/2020/NĐ-CP, Phụ lục I: an appendix is named
 * in the text it is attached to): by {@code {ref:}} to it or to the table it shows, or by a typed "Phụ lục
 * 3", or all of them at once by "Phụ lục" without a number ("Có các Phụ lục chi tiết kèm theo", as 424
 * writes it). A mention inside the appendices' own titles and text does not count. An appendix nothing names is
 * a warning at its {@code id:}. A mistyped {@code {ref:}} counts for what it meant ({@link MeantTarget}): its error
 * already names that appendix, and "not referred to" would send the officer looking for a reference that is there.
 */
final class AppendixMentions {
    /** "Phụ lục" without a number: "(Có các Phụ lục chi tiết kèm theo)", "theo Phụ lục kèm theo" names them all. */
    private static final Pattern ALL = Pattern.compile(
            "(?<!\\p{L})(?iu:phụ lục)(?!\\p{L})(?!\\s+(?:\\d|[IVXLC]+(?![\\p{L}\\p{N}])))");

    /** The targets of a {@code {ref:…}} read as text because of its own error. */
    private static final Pattern BROKEN_REF = Pattern.compile(
            "\\{ref:\\s*([\\p{L}\\p{N}_-]+(?:\\s*,\\s*[\\p{L}\\p{N}_-]+)*)");

    private final Plan plan;

    AppendixMentions(Plan plan) {
        this.plan = plan;
    }

    void check(List<Text> texts, TypedReferences typed, Problems problems) {
        List<Appendix> items = plan.appendices().items();
        Map<String, String> shownBy = new HashMap<>(); // table id → the appendix that shows it
        Set<Text> own = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Appendix a : items) {
            if (a.content() instanceof AppendixContent.Show show) {
                shownBy.putIfAbsent(show.table().value(), a.id().value());
            }
            own.add(a.title());
            if (a.content() instanceof AppendixContent.Markdown m) {
                own.add(m.text());
            } else if (a.content() instanceof AppendixContent.External e) {
                own.add(e.note());
            }
        }
        Set<String> named = new HashSet<>();
        Map<Text, Optional<Id>> owners = new IdentityHashMap<>();
        PlanTexts.owned(plan).forEach(o -> owners.put(o.text(), o.owner()));
        IdIndex index = new IdIndex(plan);
        for (Text text : texts) {
            if (own.contains(text)) {
                continue;
            }
            named.addAll(typed.appendicesNamedIn(text));
            if (ALL.matcher(text.literalText()).find()) {
                items.forEach(a -> named.add(a.id().value()));
            }
            // A {ref:…} left as text for its own error (no closing "}", an option it does not take) was meant to
            // name its targets: that error is the news, not also an appendix nothing names.
            java.util.regex.Matcher broken = BROKEN_REF.matcher(text.literalText());
            while (broken.find()) {
                for (String target : broken.group(1).split(",")) {
                    named.add(target.strip());
                    named.add(shownBy.getOrDefault(target.strip(), target.strip()));
                }
            }
            for (Reference ref : text.references()) {
                if (ref.kind() == Reference.Kind.REF) {
                    for (String target : ref.target().split(",")) {
                        String id = target.strip();
                        named.add(id);
                        named.add(shownBy.getOrDefault(id, id));
                        if (index.find(id).isEmpty() && !index.misnamed(id)) {
                            MeantTarget.of(id, owners.getOrDefault(text, Optional.empty()), index)
                                    .map(e -> e.id().value())
                                    .ifPresent(meant -> named.add(shownBy.getOrDefault(meant, meant)));
                        }
                    }
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Appendix a = items.get(i);
            if (!named.contains(a.id().value())) {
                String label = AppendixNumbers.label(plan.appendices(), i);
                // Decree 30 has the text name each appendix: an error once the document is issued (s29 tryout F7).
                problems.errorUnlessDraft(plan.document().draft(), a.id().at(), "appendix.unreferenced", label,
                        a.id().value());
            }
        }
    }
}
