package plandoc.model;

import java.util.Optional;

/**
 * The issuing body, its short form for captions, its parent body (cơ quan chủ quản), and its
 * identifier in the e-document system (mã định danh, 13 characters), and the image of its seal
 * (red PNG) with the seal's real size across, in millimetres.
 */
public record Issuer(String name, String shortName, Optional<String> parent, Optional<String> code,
                     Optional<SignatureImage> seal, int sealSizeMm) {
    /** A round seal of a provincial People's Committee is about 36 mm across. */
    public static final int DEFAULT_SEAL_MM = 36;

    public Issuer(String name, String shortName, Optional<String> parent) {
        this(name, shortName, parent, Optional.empty(), Optional.empty(), DEFAULT_SEAL_MM);
    }
}
