package plandoc.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The private key and certificate chain from a PKCS#12 file, refused when Decree 30's signing rules
 * (format-standard §9) are not met: RSA of at least 2048 bits or ECDSA of at least 256, a certificate
 * valid at signing time.
 */
public record SigningKey(PrivateKey key, List<X509Certificate> chain) {

    static final int MIN_RSA_BITS = 2048;
    static final int MIN_EC_BITS = 256;

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * A file that is not a PKCS#12 key store, said in the officer's words: Java's reason ("toDerInputStream
     * rejects tag type 45", "null") tells them nothing. A PEM certificate or key (text beginning "-----BEGIN") is
     * the usual mistake: the certificate without its private key, or the two apart.
     */
    private static SignProblem notAKeyStore(Path keystore) {
        byte[] start = new byte[10];
        int read = 0;
        try (InputStream in = Files.newInputStream(keystore)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            // unreadable now: said as not a key store
        }
        boolean pem = new String(start, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("-----BEGIN");
        return new SignProblem(pem ? "sign.pem-keystore" : "sign.bad-keystore", keystore);
    }

    public static SigningKey load(Path keystore, Optional<String> alias, char[] password, Date at) throws SignProblem {
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new SignProblem("sign.no-keystore", keystore);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SignProblem("sign.wrong-password", keystore);
            }
            throw notAKeyStore(keystore);
        } catch (GeneralSecurityException e) {
            throw notAKeyStore(keystore);
        }
        try {
            List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
            if (keys.isEmpty()) {
                throw new SignProblem("sign.no-private-key", keystore);
            }
            String name = alias.orElse(keys.get(0));
            if (!store.containsAlias(name) || !store.isKeyEntry(name)) {
                // The officer cannot see inside a .p12: name the keys it does hold, so one can be picked.
                throw new SignProblem("sign.unknown-alias", keystore, name,
                        String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList()), keys.get(0));
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            java.security.cert.Certificate[] chain = store.getCertificateChain(name);
            if (key == null || chain == null || chain.length == 0) {
                throw new SignProblem("sign.no-private-key", keystore);
            }
            List<X509Certificate> certificates = java.util.Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
            checkStrength(key);
            try {
                certificates.get(0).checkValidity(at);
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new SignProblem("sign.certificate-not-valid", certificates.get(0).getSubjectX500Principal().getName(),
                        certificates.get(0).getNotBefore().toInstant(), certificates.get(0).getNotAfter().toInstant());
            }
            return new SigningKey(key, certificates);
        } catch (UnrecoverableKeyException e) {
            throw new SignProblem("sign.wrong-password", keystore);
        } catch (GeneralSecurityException e) {
            throw notAKeyStore(keystore);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkStrength(PrivateKey key) throws SignProblem {
        if (key instanceof RSAKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new SignProblem("sign.weak-key", "RSA", bits, "RSA " + MIN_RSA_BITS + " bit, ECDSA " + MIN_EC_BITS + " bit");
            }
        } else if (key instanceof ECKey ec) {
            int bits = ec.getParams().getOrder().bitLength();
            if (bits < MIN_EC_BITS) {
                throw new SignProblem("sign.weak-key", "ECDSA", bits, "RSA " + MIN_RSA_BITS + " bit, ECDSA " + MIN_EC_BITS + " bit");
            }
        } else {
            throw new SignProblem("sign.weak-key", key.getAlgorithm(), 0, "RSA " + MIN_RSA_BITS + " bit, ECDSA " + MIN_EC_BITS + " bit");
        }
    }
}
