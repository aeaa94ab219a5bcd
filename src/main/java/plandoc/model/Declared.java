package plandoc.model;

import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * Figures printed in an earlier document, recorded to be checked against the computed ones and
 * never printed.
 *
 * @param in       where the figures were printed ("Phụ lục 07"), for messages
 * @param total    the printed total
 * @param amounts  printed per-cell figures, nested like {@code amounts}
 * @param perAxis  printed per-member totals, keyed by axis id
 */
public record Declared(Optional<String> in, Optional<Amount> total, Cells amounts, Map<String, Cells> perAxis,
                       SourcePosition at) {
    public Declared {
        perAxis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perAxis));
    }
}
