package plandoc.diff;

import java.util.Optional;
import java.util.stream.Collectors;
import plandoc.compute.InlineFigures;
import plandoc.diagnostic.Problems;
import plandoc.model.Reference;
import plandoc.model.Text;
import plandoc.model.TextPart;
import plandoc.validate.IdIndex;

/**
 * An article's or section's words in one version as the comparison weighs and shows them. A figure the
 * text cites ({@code {amount:}}, {@code {count:}}) is what that version prints: when the budget changes,
 * the sentence the authority signs changes with it ("2,3206 tỷ đồng" → "2,3406 tỷ đồng"), and that is
 * rewording. A {@code {ref:}} is its printed label when both versions print it alike; a label that
 * differs stays as written ({@code {ref:pl-du-an}}) — it is reported once, as a reference printed
 * differently, not as rewording of every text that cites it.
 */
final class ComparedText {
    private final PlanSnapshot side;
    private final PlanSnapshot other;
    /** Null for the text as written: cited figures stay {@code {amount:…}}. */
    private final InlineFigures figures;

    /** @param side the version whose text this prints; {@code other} the version it is compared with */
    ComparedText(PlanSnapshot side, PlanSnapshot other) {
        this(side, other, new InlineFigures(side.budgets(), new IdIndex(side.plan())));
    }

    private ComparedText(PlanSnapshot side, PlanSnapshot other, InlineFigures figures) {
        this.side = side;
        this.other = other;
        this.figures = figures;
    }

    /** The same words before the cited figures are filled in: what the author typed. */
    ComparedText written() {
        return new ComparedText(side, other, null);
    }

    String of(Text text) {
        return text.parts().stream().map(this::part).collect(Collectors.joining());
    }

    String of(Optional<Text> text) {
        return text.map(this::of).orElse("");
    }

    /** A cited figure ({@code {amount:}}, {@code {count:}}) as this version prints it. */
    String of(Reference figure) {
        return part(figure);
    }

    private String part(TextPart part) {
        if (!(part instanceof Reference ref)) {
            return SourceText.part(part);
        }
        if (ref.kind() == Reference.Kind.REF) {
            String label = side.label(ref.target());
            return !label.isEmpty() && label.equals(other.label(ref.target())) ? label : SourceText.part(part);
        }
        if (figures == null) {
            return SourceText.part(part);
        }
        // Problems were reported when the version was checked; a figure its budget no longer has stays as written.
        String printed = figures.print(ref, new Problems());
        return printed.startsWith("?") ? SourceText.part(part) : printed;
    }
}
