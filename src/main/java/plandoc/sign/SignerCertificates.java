package plandoc.sign;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;

/** The certificates that made an existing signature of a PDF, read from its CMS. */
final class SignerCertificates {
    private final List<byte[]> encoded;

    private SignerCertificates(List<byte[]> encoded) {
        this.encoded = encoded;
    }

    static SignerCertificates of(PDSignature signature) {
        List<byte[]> found = new ArrayList<>();
        try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
            // The /Contents hex string is padded with zeros after the CMS: read its one object, not the whole string.
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Selector<X509CertificateHolder> sid = (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
                for (X509CertificateHolder holder : cms.getCertificates().getMatches(sid)) {
                    found.add(holder.getEncoded());
                }
            }
        } catch (CMSException | IllegalArgumentException | IOException e) {
            // Not a CMS plandoc can read (another tool's signature): nothing to compare with.
            return new SignerCertificates(List.of());
        }
        return new SignerCertificates(found);
    }

    boolean contains(X509Certificate certificate) {
        try {
            byte[] wanted = certificate.getEncoded();
            return encoded.stream().anyMatch(e -> Arrays.equals(e, wanted));
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
