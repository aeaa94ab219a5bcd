package plandoc.render.html;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The site's chrome (headings, filters, column headers, navigation, the search script's words) in the
 * language of {@code --lang}, read from {@code site_vi.properties} / {@code site_en.properties} and given
 * to every template as {@code text}, with {@code lang} (the page's language) and {@code contentLang}
 * ("vi" when the chrome is in another language than the document, else "": the document's own text is
 * always Vietnamese and is marked so for screen readers only when the page says otherwise).
 *
 * @param language the chrome's language, "vi" or "en"
 * @param texts    every key of the bundle and its text
 */
public record SiteText(String language, Map<String, String> texts) {
    /** The document's own language, whatever the chrome's. */
    public static final String DOCUMENT_LANGUAGE = "vi";
    private static final SiteText VIETNAMESE = read(DOCUMENT_LANGUAGE);

    public SiteText {
        texts = Map.copyOf(texts);
    }

    /** The chrome for {@code language} ("en" for English; anything else is Vietnamese, the default). */
    public static SiteText of(String language) {
        return "en".equals(language) ? English.TEXT : VIETNAMESE;
    }

    /** The English bundle, read once, when first asked for (a Vietnamese build never reads it). */
    private static final class English {
        static final SiteText TEXT = read("en");
    }

    /** The text of {@code key}; a key missing from the bundle is a defect of plandoc (SiteTextTest). */
    public String text(String key) {
        String value = texts.get(key);
        if (value == null) {
            throw new IllegalStateException("no site text for key " + key + " in " + language);
        }
        return value;
    }

    public static SiteText vietnamese() {
        return VIETNAMESE;
    }

    public boolean isVietnamese() {
        return DOCUMENT_LANGUAGE.equals(language);
    }

    /** "vi" when the document's text must be marked as Vietnamese inside a page in another language, else "". */
    public String contentLanguage() {
        return isVietnamese() ? "" : DOCUMENT_LANGUAGE;
    }

    private static SiteText read(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("plandoc.site", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return new SiteText(language, texts);
    }
}
