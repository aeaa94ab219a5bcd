package plandoc.compute;

import java.util.Optional;
import plandoc.model.Appendices;

/**
 * The number each appendix prints, once for the caption, the table of contents, references, the Word copy, the
 * workbook's sheet names and the checks of typed references: from 1, or from {@code start:} when an amending
 * decision continues the amended plan's numbers ("PHỤ LỤC 08" after its 07, s30 tryout F6).
 */
final class AppendixNumbers {
    private AppendixNumbers() {
    }

    /**
     * The number of the appendix at {@code index} (from 0) as printed ("3", "07", "II"); none for a document's only
     * appendix ("Phụ lục"), unless {@code start:} gives it a number to continue from.
     */
    static Optional<String> of(Appendices appendices, int index) {
        if (appendices.items().size() == 1 && appendices.start().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Numbering.appendix(appendices.numbering(), appendices.start().orElse(1) + index));
    }

    /** How references name it: "Phụ lục 07", or "Phụ lục" for an only appendix without a number. */
    static String label(Appendices appendices, int index) {
        return of(appendices, index).map(n -> "Phụ lục " + n).orElse("Phụ lục");
    }
}
