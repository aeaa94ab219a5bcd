package plandoc.model;

import java.time.LocalDate;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/** A deadline: a date, or text such as "Hằng năm". */
public record Deadline(Optional<LocalDate> date, String text, SourcePosition at) {
}
