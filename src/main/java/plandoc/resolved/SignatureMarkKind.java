package plandoc.resolved;

/**
 * Which image a signature mark is; its {@link #id()} is the image's CSS class and, after "plandoc-", its element id,
 * by which the PDF's signature fields find its box (render.pdf.SignatureFields).
 */
public enum SignatureMarkKind implements Keyword {
    /** The signer's hand signature. */
    SIGNATURE_IMAGE,
    /** The issuer's seal. */
    SEAL_IMAGE;

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}
