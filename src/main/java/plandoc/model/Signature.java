package plandoc.model;

import java.util.List;
import java.util.Optional;

/**
 * Who signs: authority prefixes ("TM. Ủy ban nhân dân", "KT. Chủ tịch"), title and name, and the
 * image of the handwritten signature for the e-document (blue PNG), when given.
 */
public record Signature(List<String> authority, String title, String name, Optional<SignatureImage> image) {
    public Signature(List<String> authority, String title, String name) {
        this(authority, title, name, Optional.empty());
    }

    public Signature {
        authority = List.copyOf(authority);
    }
}
