package plandoc.resolved;

import java.util.List;

/**
 * The figures of a budget table that the workbook's check sheet compares.
 *
 * @param declared the figures earlier documents printed for this budget, with the computed ones
 * @param splits   the rows given as one breakdown per axis whose breakdowns the table prints, each added up
 */
public record FigureChecks(List<DeclaredFigure> declared, List<SplitSums> splits) {
    public static final FigureChecks NONE = new FigureChecks(List.of(), List.of());

    public FigureChecks {
        declared = List.copyOf(declared);
        splits = List.copyOf(splits);
    }
}
