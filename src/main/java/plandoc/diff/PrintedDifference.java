package plandoc.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import plandoc.diagnostic.Messages;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ResolvedPlan;

/**
 * Where two computed versions of a plan print differently, part by part of the document, for the
 * changes {@link PlanComparator} does not compare by id (a label's style, a heading's case, the text of
 * an appendix written in Markdown). Empty when the two documents are the same: only the sources differ.
 */
final class PrintedDifference {
    private final Messages messages;

    PrintedDifference(Messages messages) {
        this.messages = messages;
    }

    /** The parts that differ, as a reader names them ("phần đầu văn bản", "Phụ lục I"), in reading order. */
    List<String> where(ResolvedPlan a, ResolvedPlan b) {
        List<String> out = new ArrayList<>();
        part(out, "header", !a.header().equals(b.header()) || !a.info().equals(b.info()));
        part(out, "bases", !a.bases().equals(b.bases()) || !a.proposalLine().equals(b.proposalLine())
                || !a.enactingLine().equals(b.enactingLine()));
        part(out, "articles", !a.articles().equals(b.articles()));
        part(out, "body", !a.body().equals(b.body()));
        part(out, "signature", !a.signature().equals(b.signature()) || !a.recipients().equals(b.recipients()));
        int appendices = Math.max(a.appendices().size(), b.appendices().size());
        for (int i = 0; i < appendices; i++) {
            Optional<AppendixView> x = i < a.appendices().size() ? Optional.of(a.appendices().get(i)) : Optional.empty();
            Optional<AppendixView> y = i < b.appendices().size() ? Optional.of(b.appendices().get(i)) : Optional.empty();
            if (!Objects.equals(x, y)) {
                out.add(y.or(() -> x).map(AppendixView::label).filter(l -> !l.isBlank())
                        .orElse(messages.text("history.printed.appendix")));
            }
        }
        if (out.isEmpty()) {
            // The tables' data, the labels references print: anything else of the document.
            part(out, "other", !a.tables().equals(b.tables()) || !a.labels().equals(b.labels())
                    || !a.toc().equals(b.toc()) || !a.budgets().equals(b.budgets()) || !a.objectives().equals(b.objectives()));
        }
        return out;
    }

    private void part(List<String> out, String key, boolean differs) {
        if (differs) {
            out.add(messages.text("history.printed." + key));
        }
    }
}
