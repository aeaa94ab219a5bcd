package plandoc.model;

import plandoc.diagnostic.SourcePosition;

/** An appendix (Phụ lục); its number and caption are computed. */
public record Appendix(Id id, Text title, AppendixContent content, boolean landscape, SourcePosition at) {
}
