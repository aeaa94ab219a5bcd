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
    /** Frozen: an ICU collator is safe to share between threads only then. */
    private static final Collator VIETNAMESE = Collator.getInstance(ULocale.forLanguageTag("vi")).freeze();

    private AgencyOrder() {
    }

    /** Names as Vietnamese sorts them. */
    public static Comparator<String> names() {
        return VIETNAMESE::compare;
    }
}
