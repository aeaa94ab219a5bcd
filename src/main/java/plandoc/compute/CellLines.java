package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import plandoc.resolved.InlineText;
import plandoc.resolved.Span;

/** A table cell's text as the lines it prints (s22 review M1). */
public final class CellLines {
    private CellLines() {
    }

    /**
     * The text cut at its line breaks, for a cell an officer wrote on several lines ({@code outcome: |}): each
     * output prints them as lines, as the Word copy and the workbook always did. Links keep their anchor on both
     * sides of a break; the break a YAML block ends with makes no empty last line.
     */
    public static List<InlineText> of(InlineText text) {
        List<InlineText> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        for (Span span : text.spans()) {
            String[] pieces = span.text().split("\r?\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    lines.add(new InlineText(line));
                    line = new ArrayList<>();
                }
                if (!pieces[i].isEmpty()) {
                    line.add(new Span(pieces[i], span.anchor()));
                }
            }
        }
        lines.add(new InlineText(line));
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }

    /** Each of the texts cut at its line breaks, in order. */
    static List<InlineText> of(List<InlineText> texts) {
        return texts.stream().flatMap(text -> of(text).stream()).toList();
    }
}
