package plandoc.resolved;

/**
 * Which image a signature mark is; its {@link #id()} is the image's CSS class and, after "plandoc-", its element id,
 * by which the PDF's signature fields find its box (render.pdf.SignatureFields).
 */
public enum SignatureMarkKind implements Keyword {
    /** The signer's hand signature. */
    SIGNATURE("signature-image"),
    /** The issuer's seal. */
    SEAL("seal-image");

    private final String id;

    SignatureMarkKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The word, so that text made of a mark's kind reads as the templates write it. */
    @Override
    public String toString() {
        return id;
    }
}
