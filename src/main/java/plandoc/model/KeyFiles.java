package plandoc.model;

import java.util.Locale;
import java.util.Set;

/**
 * Key stores, private keys and certificates, by their file name: never part of a plan. The loader refuses to
 * read one as content, and a PDF never carries one among its sources, whatever else happens.
 */
public final class KeyFiles {
    private static final Set<String> EXTENSIONS = Set.of("p12", "pfx", "jks", "jceks", "bks", "keystore", "key",
            "pem", "crt", "cer", "der", "p7b", "p7c", "p8", "pk8", "csr");

    private KeyFiles() {
    }

    /** Whether {@code name} (a file name or a relative path) has a key store's, key's or certificate's extension. */
    public static boolean named(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
