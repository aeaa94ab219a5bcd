package plandoc.resolved;

/**
 * The signature or seal image placed in the signature space, with its printed box as CSS lengths in
 * millimetres (computed, so the template only places it).
 *
 * @param kind  the signer's signature or the issuer's seal
 * @param style "left: -24.0mm; top: -8.0mm; width: 36.0mm; height: 36.0mm"
 */
public record SignatureMark(ImageBlock image, SignatureMarkKind kind, String style) {
}
