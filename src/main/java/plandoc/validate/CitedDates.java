package plandoc.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.IssuedDocument;
import plandoc.model.Text;

/**
 * A căn cứ or "Theo đề nghị" citing a text dated after the document itself: a decision cannot rest on a text
 * issued after it — a date copied from last year's plan, or a year mistyped on either side. A warning at the cited
 * date, naming both. Only the issue date of each cited text is read: the first "ngày …" of each text cited (a line
 * may cite several, split by ";"), and one right after a number ("Văn bản số 31/STTTT ngày …"); a later date in the
 * same text ("có hiệu lực từ ngày …") is not its issue date. A draft's date is printed blank: not held to it.
 */
final class CitedDates {
    /** "ngày 15/6/2021", "ngày 15-6-2021", "ngày 15.6.2021", "ngày 15 tháng 6 năm 2021". */
    private static final Pattern DATE = Pattern.compile("(?iu)(?<![\\p{L}])ngày\\s+(\\d{1,2})(?:\\s*([/.-])\\s*(\\d{1,2})"
            + "\\s*\\2\\s*(\\d{4})|\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))(?!\\d)");
    /** A number of a cited text right before its date: "số 31/STTTT-CNTT ". */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)(?<![\\p{L}])số\\s+\\S+\\s+$");

    /** A date a line cites, as written after "ngày", and where its "ngày" is in the line's literal text. */
    record Cited(LocalDate date, String written, int at) {
    }

    void check(IssuedDocument d, Problems problems) {
        // A date that could not be read was reported as such: nothing to hold the cited ones to.
        if (d.draft() || d.date().isEmpty()) {
            return;
        }
        LocalDate issued = d.date().get();
        for (Text base : d.bases()) {
            check(base, issued, "document.basis-after-date", problems);
        }
        d.proposal().ifPresent(p -> check(p, issued, "document.proposal-after-date", problems));
    }

    private static void check(Text text, LocalDate issued, String key, Problems problems) {
        for (Cited cited : issueDates(text.literalText())) {
            if (cited.date().isAfter(issued)) {
                problems.warning(text.positionOf(cited.at()), key, cited.written(), written(issued));
            }
        }
    }

    /** The issue dates a line cites (the loader has made it NFC), at their offsets in it. */
    static List<Cited> issueDates(String line) {
        List<Cited> out = new ArrayList<>();
        int partStart = 0;
        boolean firstOfPart = true;
        Matcher m = DATE.matcher(line);
        while (m.find()) {
            int semicolon = line.lastIndexOf(';', m.start());
            if (semicolon >= partStart) {
                partStart = semicolon + 1;
                firstOfPart = true;
            }
            boolean numbered = NUMBERED.matcher(line.substring(partStart, m.start())).find();
            if (firstOfPart || numbered) {
                date(m).ifPresent(date -> out.add(new Cited(date, m.group().substring(4).strip(), m.start())));
            }
            firstOfPart = false;
        }
        return out;
    }

    private static Optional<LocalDate> date(Matcher m) {
        boolean numeric = m.group(2) != null;
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(numeric ? m.group(4) : m.group(6)),
                    Integer.parseInt(numeric ? m.group(3) : m.group(5)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty(); // not a date ("ngày 31/2/2021"): another matter than its order
        }
    }

    /** "18/02/2021", as the date line prints the document's own. */
    private static String written(LocalDate date) {
        return String.format(Locale.ROOT, "%1$td/%1$tm/%1$tY", date);
    }
}
