package plandoc.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import plandoc.render.AtomicFileWriter;
import plandoc.render.pdf.SignatureFields;

/**
 * Signs a PDF that plandoc wrote, as an incremental update (earlier bytes and signatures stay valid),
 * into a temporary file beside it that is then moved into place: a failure leaves the input as it was.
 * Decree 30's order is kept: the competent person signs first, then the organisation.
 */
public final class PdfSigner {

    /** Signing time is Vietnam time, written with its offset (+07:00). */
    public static final ZoneId VIETNAM = plandoc.model.VietnamTime.ZONE;
    private static final COSName CADES = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS: the chain of a provincial CA fits in a few kilobytes. */
    private static final int SIGNATURE_SIZE = 32 * 1024;

    public enum Role { PERSONAL, ORGANISATION }

    /** Whether the personal certificate's holder must be the signer the document prints. */
    public enum SignerCheck { SAME_NAME, KNOWN_TO_DIFFER }

    public void sign(Path pdf, SigningKey key, Role role, ZonedDateTime at) throws SignProblem, IOException {
        sign(pdf, key, role, SignerCheck.SAME_NAME, at);
    }

    public void sign(Path pdf, SigningKey key, Role role, SignerCheck check, ZonedDateTime at)
            throws SignProblem, IOException {
        if (Files.isDirectory(pdf)) {
            // "plandoc sign site": one file is signed at a time, by a person who has read it.
            throw new SignProblem("sign.folder", pdf);
        }
        byte[] original;
        try {
            original = Files.readAllBytes(pdf);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SignProblem("sign.no-pdf", pdf);
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(original);
        } catch (IOException e) {
            throw new SignProblem("sign.not-plandoc", pdf);
        }
        try (document) {
            if (!"plandoc".equals(document.getDocumentInformation().getCreator())) {
                throw new SignProblem("sign.not-plandoc", pdf);
            }
            // An e-office draft has no number or date yet: it is signed once the system has issued it.
            if ("true".equals(document.getDocumentInformation().getCustomMetadataValue(plandoc.render.PlanRenderer.DRAFT_METADATA))) {
                throw new SignProblem("sign.draft", pdf);
            }
            List<PDSignature> existing = document.getSignatureDictionaries();
            Optional<PDSignatureField> field = EmptyField.of(document, role);
            // A separate appendix file carries only the organisation's field (§13 E1): no personal signature first.
            boolean organisationOnly = EmptyField.organisationOnly(document);
            // Every signature the file takes is there: no hint to sign with --organisation (s37 review L2).
            if (existing.size() >= (organisationOnly ? 1 : 2)) {
                throw new SignProblem("sign.already-signed-organisation", pdf, existing.size());
            }
            if (role == Role.PERSONAL && (!existing.isEmpty() || organisationOnly)) {
                throw new SignProblem(organisationOnly ? "sign.organisation-only" : "sign.already-signed", pdf,
                        existing.size());
            }
            // A legal reviewer sends back a document signed by someone else than the signer it prints (s37 review M2).
            if (role == Role.PERSONAL && check == SignerCheck.SAME_NAME) {
                Optional<String> printed = PrintedSigner.of(document);
                if (printed.isPresent() && !SignerNames.same(commonName(key), printed.get())) {
                    throw new SignProblem("sign.signer-differs", pdf, commonName(key), printed.get());
                }
            }
            if (role == Role.ORGANISATION && existing.size() != (organisationOnly ? 0 : 1)) {
                // Signed already by both (or, for a separate appendix, by the organisation): no hint to sign again.
                throw new SignProblem(existing.isEmpty() ? "sign.personal-first" : "sign.already-signed-organisation", pdf,
                        existing.size());
            }
            // Decree 30: the competent person and the organisation each sign; one certificate twice is neither.
            if (role == Role.ORGANISATION && !existing.isEmpty() && SignerCertificates.of(existing.get(0)).contains(key.certificate())) {
                throw new SignProblem("sign.same-signer", pdf, commonName(key));
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES);
            signature.setName(commonName(key));
            // The same words as the field's description the build left for this signature.
            signature.setReason(role == Role.PERSONAL ? SignatureFields.PERSONAL_LABEL : SignatureFields.ORGANISATION_LABEL);
            GregorianCalendar time = GregorianCalendar.from(at.withZoneSameInstant(VIETNAM));
            signature.setSignDate(time);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                // Into the empty field build left where Decree 30 places this signature, when there is one.
                Optional<EmptyField.Kept> kept = field.map(f -> EmptyField.fill(f, signature));
                document.addSignature(signature, new CadesSignature(key), options);
                if (kept.isPresent()) {
                    kept.get().restore(document, organisationOnly ? Optional.of(new EmptyField.Stamp(
                            document.getDocumentInformation().getSubject(), at.withZoneSameInstant(VIETNAM))) : Optional.empty());
                }
                // The build's writer: a temporary file of Files.createTempFile is 0600, and the signed PDF kept
                // that mode onto the web server (rsync -a) until the next build.
                new AtomicFileWriter().write(pdf, document::saveIncremental);
            }
        }
    }

    private static String commonName(SigningKey key) {
        String subject = key.certificate().getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().toUpperCase(Locale.ROOT).equals("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // fall back to the whole subject
        }
        return subject;
    }
}
