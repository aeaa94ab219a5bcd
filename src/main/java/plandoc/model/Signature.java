package plandoc.model;

import java.util.List;

/** Who signs: authority prefixes ("TM. Ủy ban nhân dân", "KT. Chủ tịch"), title and name. */
public record Signature(List<String> authority, String title, String name) {
    public Signature {
        authority = List.copyOf(authority);
    }
}
