package plandoc.resolved;

import java.time.ZonedDateTime;

/**
 * A valid digital signature of a published PDF, as read from it when the build published it
 * ({@code publish.PublishedSignatures}): who signed, as the signer's certificate names them, and when.
 *
 * @param signer the certificate's subject: its common name, with its organisation when that says more
 *               ("Nguyễn Thiện, UBND tỉnh Hà Tĩnh")
 * @param at     the signing time the signature gives, in Vietnam time
 */
public record DigitalSignature(String signer, ZonedDateTime at) {
}
