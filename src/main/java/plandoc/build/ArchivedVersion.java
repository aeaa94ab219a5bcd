package plandoc.build;

import java.time.LocalDate;

/**
 * An earlier version of a published document that the site keeps, and its page links ("Bản đã thay thế ngày …"):
 * kept in the plan's site record (s32), so neither the date nor the reason hangs on the file's name.
 *
 * @param path     the archived PDF, from the site root ("ban-da-thay-the/qd/1520-QD-UBND-thay-the-2026-12-07.pdf")
 * @param replaced the day the site replaced it
 * @param why      what replaced it
 */
public record ArchivedVersion(String path, LocalDate replaced, Why why) {
    /** What replaced a version: its name in the record. */
    public enum Why {
        /** {@code build --reissue}: an issued document's unsigned PDF, kept in {@link IssuedFreeze#ARCHIVE}. */
        REISSUED("reissue"),
        /**
         * {@code build --reissue} of a plan's folder whose edit changes nothing printed (a comment): the PDF kept, also
         * in {@link IssuedFreeze#ARCHIVE}, has the same text as the one that replaced it, only other sources attached
         * (s36 review M2: its page said the decision was "bị thay thế").
         */
        REPUBLISHED("republished"),
        /** {@code build --replace-signed}: a signed PDF, kept in {@link plandoc.publish.SignedFiles#ARCHIVE}. */
        SIGNED_REPLACED("signed-replaced");

        private final String key;

        Why(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The reason named {@code key}; a name this plandoc does not know is read as a re-issue. */
        public static Why of(String key) {
            return SIGNED_REPLACED.key.equals(key) ? SIGNED_REPLACED : REPUBLISHED.key.equals(key) ? REPUBLISHED
                    : REISSUED;
        }

        /** Whether the version is kept in {@link IssuedFreeze#ARCHIVE} (not a signed PDF's archive). */
        public boolean reissued() {
            return this != SIGNED_REPLACED;
        }
    }
}
