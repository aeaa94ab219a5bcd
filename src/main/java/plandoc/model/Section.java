package plandoc.model;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A section of the plan body.
 *
 * @param title           absent: an unnumbered block of text
 * @param show            the id of a table (objectives, tasks, budget) embedded after the text
 * @param childNumbering  overrides the plan's per-level style for this section's children
 * @param numbered        false keeps a titled section unnumbered (a run-in heading)
 * @param agencies        agencies the section assigns work to
 * @param headingCase     {@code case:}, the case its title prints in; absent: the plan's rule for its level
 */
public record Section(Optional<Id> id, Optional<Text> title, Optional<Text> text, List<Section> sections,
                      Optional<Text> textAfter, Optional<Id> show, Optional<NumberingStyle> childNumbering,
                      boolean numbered, List<Text> agencies, Optional<HeadingCase> headingCase,
                      SourcePosition at) {
    public Section {
        sections = List.copyOf(sections);
        agencies = List.copyOf(agencies);
    }
}
