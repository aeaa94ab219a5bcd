package plandoc.model;

import java.util.List;

/** The appendices, their numbering, and whether they belong to the decision or to the attached plan. */
public record Appendices(AppendixNumbering numbering, boolean attachedToPlan, List<Appendix> items) {
    public static final Appendices NONE = new Appendices(AppendixNumbering.ARABIC, false, List.of());

    public Appendices {
        items = List.copyOf(items);
    }
}
