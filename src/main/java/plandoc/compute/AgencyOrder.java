package plandoc.compute;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * The one order agencies are listed in, by name: ICU's Vietnamese collation (CLDR), the agency view's list and the
 * index's agency filter alike. The JDK's own "vi" collator sorts a comma before a space ("Các sở, ban, ngành, đoàn
 * thể khác" before "Các sở, ban, ngành cấp tỉnh") where ICU, and so the browsers' {@code Intl.Collator('vi')}, put the
 * space first: the two lists of one site disagreed (s20 tryout 9).
 */
public final class AgencyOrder {
    private AgencyOrder() {
    }

    /**
     * Names as Vietnamese sorts them. The collator is loaded at the first comparison, not when the order is asked
     * for: loading ICU's rules costs ~30 ms of a cold build, and a site whose plans name no agency (an agency view
     * with nothing to list, an empty filter) never compares two names (issue 17).
     */
    public static Comparator<String> names() {
        return (a, b) -> Vietnamese.COLLATOR.compare(a, b);
    }

    /** Holds the collator, made when this class is first used (the JVM's lazy, thread-safe class initialisation). */
    private static final class Vietnamese {
        /** Frozen: an ICU collator is safe to share between threads only then. */
        static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag("vi")).freeze();
    }
}
