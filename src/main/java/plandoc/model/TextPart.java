package plandoc.model;

/** A literal run of text or an inline reference. */
public sealed interface TextPart permits TextPart.Literal, Reference {
    /** Text printed as written ({@code {{} already turned into {@code {}). */
    record Literal(String value) implements TextPart {
    }
}
