package plandoc.model;

import java.util.Optional;

/**
 * The issuing body, its short form for captions, its parent body (cơ quan chủ quản), and its
 * identifier in the e-document system (mã định danh, 13 characters).
 */
public record Issuer(String name, String shortName, Optional<String> parent, Optional<String> code) {
    public Issuer(String name, String shortName, Optional<String> parent) {
        this(name, shortName, parent, Optional.empty());
    }
}
