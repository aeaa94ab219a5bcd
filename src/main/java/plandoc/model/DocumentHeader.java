package plandoc.model;

/**
 * The fields every document must have (Decree 30's thể thức: the issuer, số and ký hiệu, place, kind and trích
 * yếu, the signer), all of them read: what the frame, the captions and the record are built from. A document
 * missing one has none ({@link IssuedDocument#header()}): it is still checked, never built or compared.
 *
 * @param number the number as typed; a draft's is blank ("Số:      /QĐ-UBND"), or a legal normative document's
 *               year alone ("/2026"), the e-office system giving the ordinal on issue
 */
public record DocumentHeader(DocumentKind kind, Issuer issuer, String number, String symbol, String place, Text title,
                             Signature signature) {
}
