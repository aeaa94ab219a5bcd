package plandoc.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * plandoc's message bundles ({@code plandoc/messages_vi.properties}, {@code plandoc/cli_en.properties},
 * …), read straight from plandoc's own jar and kept for the process. {@link ResourceBundle#getBundle}
 * also looks for a root bundle ({@code messages.properties}), which plandoc does not have: that miss
 * searched every jar on the class path, opening each, on the main thread before any work (~20 ms of a
 * cold build, issue 17). The texts are the same: one file per language, no fallback, as with
 * {@code Control.getNoFallbackControl(FORMAT_PROPERTIES)} before.
 */
public final class Bundles {

    private static final ConcurrentHashMap<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /** The bundle {@code baseName} ("plandoc.messages") in {@code locale}'s language. */
    public static ResourceBundle of(String baseName, Locale locale) {
        String file = baseName.replace('.', '/') + "_" + locale.getLanguage() + ".properties";
        return LOADED.computeIfAbsent(file, Bundles::read);
    }

    private static ResourceBundle read(String file) {
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new MissingResourceException("no bundle " + file, Bundles.class.getName(), file);
            }
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
