package plandoc.model;

import java.util.List;
import java.util.Optional;

/**
 * Who signs: authority prefixes ("TM. Ủy ban nhân dân", "KT. Chủ tịch"), title and name, and the
 * image of the handwritten signature for the e-document (blue PNG), when given.
 */
public record Signature(List<String> authority, String title, String name, Optional<SignatureImage> image,
                        List<plandoc.diagnostic.SourcePosition> authorityAt,
                        Optional<plandoc.diagnostic.SourcePosition> nameAt) {
    public Signature(List<String> authority, String title, String name) {
        this(authority, title, name, Optional.empty());
    }

    /** Without the authority lines' places (built in code, not read from plan.yaml). */
    public Signature(List<String> authority, String title, String name, Optional<SignatureImage> image) {
        this(authority, title, name, image, List.of(), Optional.empty());
    }

    public Signature {
        authority = List.copyOf(authority);
        authorityAt = List.copyOf(authorityAt);
    }
}
