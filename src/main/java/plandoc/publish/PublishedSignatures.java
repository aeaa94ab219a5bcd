package plandoc.publish;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import plandoc.resolved.DigitalSignature;

/**
 * Who signed a published PDF and when, read from its signatures once, when the build publishes it (s23 tryout: the
 * site did not say a PDF was signed). A signature counts when its CMS verifies over the bytes its range covers with
 * the certificate it carries and the last one covers the file to its end (nothing was appended after signing); a
 * file with any other signature gets no mark, as the reader could not rely on it. Whether the certificate is one the
 * province trusts is the reader's PDF viewer's to say: the site names the signer as the certificate does.
 */
public final class PublishedSignatures {
    /** Vietnam time, as the record writes times ("2026-12-06T10:15:00+07:00"). */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private PublishedSignatures() {
    }

    /** The file's signatures, oldest first; none when it has none or one does not verify. */
    public static List<DigitalSignature> of(byte[] pdf) {
        List<DigitalSignature> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = new ArrayList<>(document.getSignatureDictionaries());
            signatures.sort(java.util.Comparator.comparingInt(s -> s.getByteRange()[2] + s.getByteRange()[3]));
            for (int i = 0; i < signatures.size(); i++) {
                PDSignature signature = signatures.get(i);
                int[] range = signature.getByteRange();
                boolean last = i == signatures.size() - 1;
                if (range.length != 4 || last && range[2] + range[3] != pdf.length) {
                    return List.of();
                }
                Optional<DigitalSignature> valid = verified(signature, signature.getSignedContent(pdf));
                if (valid.isEmpty()) {
                    return List.of();
                }
                found.add(valid.get());
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return found;
    }

    private static Optional<DigitalSignature> verified(PDSignature signature, byte[] content) {
        try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content),
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Optional.empty();
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> sid = (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(sid);
            if (certificates.isEmpty()) {
                return Optional.empty();
            }
            X509CertificateHolder holder = certificates.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return Optional.empty();
            }
            Calendar when = signature.getSignDate();
            if (when == null) {
                return Optional.empty();
            }
            return Optional.of(new DigitalSignature(name(holder.getSubject()),
                    when.toInstant().atOffset(VIETNAM).toZonedDateTime()));
        } catch (Exception e) {
            return Optional.empty(); // a CMS plandoc cannot read or verify: no mark
        }
    }

    /** The subject's common name, and its organisation when that is not the same: "Nguyễn Thiện, UBND tỉnh Hà Tĩnh". */
    static String name(X500Name subject) {
        String common = first(subject, BCStyle.CN);
        String organisation = first(subject, BCStyle.O);
        if (common.isEmpty()) {
            return organisation.isEmpty() ? subject.toString() : organisation;
        }
        return organisation.isEmpty() || organisation.equals(common) ? common : common + ", " + organisation;
    }

    private static String first(X500Name subject, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = subject.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue()).strip();
    }
}
