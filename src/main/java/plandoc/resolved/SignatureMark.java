package plandoc.resolved;

/**
 * The signature or seal image placed in the signature space, with its printed box as CSS lengths in
 * millimetres (computed, so the template only places it).
 *
 * @param kind  {@code signature-image} or {@code seal-image}
 * @param style "left: -24.0mm; top: -8.0mm; width: 36.0mm; height: 36.0mm"
 */
public record SignatureMark(ImageBlock image, String kind, String style) {
}
