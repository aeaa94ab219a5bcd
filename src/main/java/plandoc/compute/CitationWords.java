package plandoc.compute;

import java.util.List;
import plandoc.diagnostic.Messages;
import plandoc.resolved.Citation;
import plandoc.resolved.Citation.Step;

/**
 * A {@link Citation} in the chrome's language: "nhiệm vụ số 15 Phụ lục 04", "khoản 3 mục V" in Vietnamese (the
 * document's own label, word for word), "task 15 (Appendix 04)", "clause 3 of section V" in English. The agency
 * view of an English site named every row in Vietnamese (s20). The words are the message bundles' ({@code cite.*}).
 * A budget's rows are called by its noun: in English by the bundle's word for the nouns plandoc and the bundled
 * plans use ("dự án": project, "nhiệm vụ": task), by a neutral "item" for a plan's own.
 */
final class CitationWords {
    private final Messages messages;
    private final boolean vietnamese;

    /** @param language the chrome's language ({@code --lang}) */
    CitationWords(String language) {
        this.messages = Messages.forLanguage(language);
        this.vietnamese = !"en".equals(language);
    }

    /** The words; "" for {@link Citation#NONE}. */
    String words(Citation cite) {
        String steps = steps(cite.steps());
        return cite.place().isEmpty() ? steps : messages.text("cite.placed", steps, steps(cite.place()));
    }

    private String steps(List<Step> steps) {
        String out = "";
        for (int i = steps.size() - 1; i >= 0; i--) {
            String step = step(steps.get(i));
            out = out.isEmpty() ? step : messages.text("cite.within", step, out);
        }
        return out;
    }

    private String step(Step step) {
        return switch (step.part()) {
            // A part by its position: "phần thứ hai" as Vietnamese says it, "part 2".
            case PART -> messages.text("cite.part", vietnamese
                    ? Numbering.ordinal(Integer.parseInt(number(step))) : number(step));
            case APPENDIX -> step.number().map(n -> messages.text("cite.appendix", n))
                    .orElseGet(() -> messages.text("cite.appendix-only"));
            case ITEM -> messages.text("cite.item", number(step), noun(step.noun().orElseThrow()));
            default -> messages.text("cite." + step.part().id(), number(step));
        };
    }

    /** Only an appendix goes without a number (the document's only one, said above). */
    private static String number(Step step) {
        return step.number().orElseThrow(() -> new IllegalArgumentException("a " + step.part() + " without a number"));
    }

    /** In Vietnamese the document's own word; in English the bundle's for a noun it knows, else "item". */
    private String noun(String noun) {
        if (vietnamese) {
            return noun;
        }
        String key = "cite.noun." + noun;
        return messages.has(key) ? messages.text(key) : messages.text("noun.item");
    }
}
