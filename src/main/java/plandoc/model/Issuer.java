package plandoc.model;

import java.util.Optional;

/** The issuing body, its short form for captions, and its parent body (cơ quan chủ quản). */
public record Issuer(String name, String shortName, Optional<String> parent) {
}
