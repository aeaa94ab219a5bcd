package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

import javax.xml.namespace.QName;

/**
 * The document settings part (settings.xml), which POI leaves empty: Word opened such a copy in
 * "Compatibility Mode" (the layout of Word 2007), offering to convert it. Here it is a Word 2013+
 * document (compatibilityMode 15, with the settings Word itself writes for a new one), a 12.7 mm default
 * tab (Word's), Western character spacing, 100 % zoom and Vietnamese as the theme fonts' language.
 *
 * <p>POI's schema subset (poi-ooxml-lite) has no classes for {@code w:compat}, {@code w:defaultTabStop}
 * and {@code w:characterSpacingControl}, so those are written with an XMLBeans cursor, in the order the
 * schema gives them before {@code w:themeFontLang}.
 */
final class WordSettings {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WORD = "http://schemas.microsoft.com/office/word";
    /** Word 2013 and later. */
    static final String COMPATIBILITY_MODE = "15";
    /** Word's default tab stop, half an inch, in twips. */
    static final int DEFAULT_TAB = 720;

    private WordSettings() {
    }

    static void apply(XWPFDocument document) {
        document.getSettings().setZoomPercent(100);
        CTSettings settings = document.getSettings().getCTSettings();
        settings.addNewThemeFontLang().setVal(DocumentDefaults.LANGUAGE);
        try (XmlCursor cursor = settings.getThemeFontLang().newCursor()) {
            element(cursor, "defaultTabStop", "val", Integer.toString(DEFAULT_TAB));
            element(cursor, "characterSpacingControl", "val", "doNotCompress");
            cursor.beginElement(new QName(W, "compat", "w"));
            compatSetting(cursor, "compatibilityMode", COMPATIBILITY_MODE);
            compatSetting(cursor, "overrideTableStyleFontSizeAndJustification", "1");
            compatSetting(cursor, "enableOpenTypeFeatures", "1");
            compatSetting(cursor, "doNotFlipMirrorIndents", "1");
            compatSetting(cursor, "differentiateMultirowTableHeaders", "1");
            cursor.toNextToken();
        }
    }

    /** {@code <w:name w:attribute="value"/>} at the cursor, which then stands after it. */
    private static void element(XmlCursor cursor, String name, String attribute, String value) {
        cursor.beginElement(new QName(W, name, "w"));
        cursor.insertAttributeWithValue(new QName(W, attribute, "w"), value);
        cursor.toNextToken();
    }

    private static void compatSetting(XmlCursor cursor, String name, String value) {
        cursor.beginElement(new QName(W, "compatSetting", "w"));
        cursor.insertAttributeWithValue(new QName(W, "name", "w"), name);
        cursor.insertAttributeWithValue(new QName(W, "uri", "w"), WORD);
        cursor.insertAttributeWithValue(new QName(W, "val", "w"), value);
        cursor.toNextToken();
    }
}
