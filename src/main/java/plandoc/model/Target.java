package plandoc.model;

import java.math.BigDecimal;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A target for a milestone year: plain text as printed, optionally with a structured value that
 * open data can carry as a number.
 */
public record Target(String year, Text text, Optional<BigDecimal> value, Optional<String> unit, SourcePosition at) {
}
