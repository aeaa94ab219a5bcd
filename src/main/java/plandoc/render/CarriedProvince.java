package plandoc.render;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import plandoc.model.AgencyRegister;
import plandoc.model.Province;

/**
 * {@code province.yaml} as a plan's PDF carries it: without the keys no document prints
 * ({@link Province#NOT_IN_DOCUMENTS}: the portal, the site's address, history and guide, and what fills
 * {@code plandoc new}; {@code plan_register} for a plan without a register of its own), so that changing them after signing leaves every PDF the same document and its
 * signature standing; so are those keys commented out ("# url: …", as {@code plandoc new} writes them). Comments
 * and every other key are kept as written: the entries are cut out of the text
 * where the YAML parser places them, not written back by a YAML library, which would drop the comments.
 * A signed PDF's carried file is compared through the same cut ({@code publish.SignedFiles}), so a PDF signed
 * while it still carried those keys is still the same document.
 */
public final class CarriedProvince {
    /** What may follow an entry's value on its last line: spaces and a comment, then the line's end. */
    private static final Pattern LINE_END = Pattern.compile("\\G[ \\t]*(#[^\\r\\n]*)?(\\r\\n|\\n|\\r|$)");

    /** The key that says how a plan folder's own register combines with the shared one. */
    private static final String PLAN_REGISTER = "plan_register";

    private CarriedProvince() {
    }

    /**
     * The file without its top-level entries of the keys no document prints, each with the lines its value spans
     * and a comment ending its last line; the bytes themselves when it has none, or when it is not a block mapping
     * such a cut keeps valid (a flow mapping, a file that does not parse): compared as they are, never made wrong.
     */
    public static byte[] of(byte[] province, boolean ownRegister) {
        Set<String> inert = inert(ownRegister);
        String text = new String(province, StandardCharsets.UTF_8);
        List<int[]> cuts = cuts(text, inert);
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (int[] cut : cuts) {
            kept.append(text, from, cut[0]);
            from = cut[1];
        }
        kept.append(text, from, text.length());
        // A key "plandoc new" writes commented out ("# url: …"): taking the "#" away, as the guide says, must not
        // make the document another one either (s22 tryout H1).
        String cut = commentedOut(inert).matcher(kept).replaceAll("");
        if (cut.length() == text.length()) {
            return province;
        }
        List<String> left = topKeys(cut);
        boolean sound = left != null && left.stream().noneMatch(inert::contains);
        return sound ? cut.getBytes(StandardCharsets.UTF_8) : province;
    }

    /**
     * Whether a plan carrying these sources (names relative to the content folder, "slug/agencies.yaml") has its own
     * agency register in its folder: only then does {@code plan_register:} change what the plan is made from.
     */
    public static boolean ownRegister(java.util.Collection<String> sources) {
        return sources.stream().anyMatch(name -> name.indexOf('/') > 0
                && name.substring(name.indexOf('/') + 1).equals(AgencyRegister.FILE));
    }

    /**
     * The keys no document of this plan prints: {@link Province#NOT_IN_DOCUMENTS}, and {@code plan_register} when
     * the plan has no register of its own, for which it changes nothing: the advice {@code plandoc new --province}
     * gives a second province must not make another province's signed decisions other documents (s24 review H1).
     */
    private static Set<String> inert(boolean ownRegister) {
        Set<String> keys = new TreeSet<>(Province.NOT_IN_DOCUMENTS);
        if (!ownRegister) {
            keys.add(PLAN_REGISTER);
        }
        return keys;
    }

    /** A whole-line comment that is one of those entries commented out, with its line end. */
    private static Pattern commentedOut(Set<String> keys) {
        return Pattern.compile("(?m)^#[ \\t]*(?:" + String.join("|", keys)
                + ")[ \\t]*:[^\\r\\n]*(?:\\r\\n|\\n|\\r|\\z)");
    }

    /**
     * Whether a carried province.yaml ({@link #of}'s result) says nothing a document prints: no key left, only
     * comments or nothing. Such a file is not carried at all: a province.yaml written only to give the site its
     * {@code url:} must leave every PDF the same document, signed ones included (s23 review H1).
     */
    public static boolean saysNothing(byte[] carried) {
        List<String> keys = topKeys(new String(carried, StandardCharsets.UTF_8));
        return keys != null && keys.isEmpty();
    }

    /** The character ranges of the entries to leave out, in order; none when the text cannot be cut safely. */
    private static List<int[]> cuts(String text, Set<String> inert) {
        List<int[]> cuts = new ArrayList<>();
        try {
            Iterator<Event> events = parser().parse(new StringReader(text)).iterator();
            if (!(events.next() instanceof StreamStartEvent) || !(events.next() instanceof DocumentStartEvent)
                    || !(events.next() instanceof MappingStartEvent root) || root.isFlow()) {
                return List.of();
            }
            for (Event key = events.next(); key instanceof ScalarEvent name; key = events.next()) {
                Mark end = valueEnd(events);
                if (!inert.contains(name.getValue())) {
                    continue;
                }
                if (name.getStartMark().getColumn() != 0) {
                    return List.of();
                }
                int start = offset(text, name.getStartMark());
                Matcher rest = LINE_END.matcher(text);
                int valueEnd = offset(text, end);
                boolean atLineStart = end.getColumn() == 0 && valueEnd > start;
                if (!atLineStart && !rest.find(valueEnd)) {
                    return List.of();
                }
                cuts.add(new int[] {start, atLineStart ? valueEnd : rest.end()});
            }
        } catch (YAMLException | java.util.NoSuchElementException e) {
            return List.of();
        }
        return cuts;
    }

    /** Where the value that comes next ends, its nested events consumed. */
    private static Mark valueEnd(Iterator<Event> events) {
        int depth = 0;
        do {
            Event event = events.next();
            if (event instanceof CollectionStartEvent) {
                depth++;
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            if (depth == 0) {
                return event.getEndMark();
            }
        } while (true);
    }

    /** The top-level keys of a block mapping, in order; null when the text is not one. */
    private static List<String> topKeys(String text) {
        List<String> keys = new ArrayList<>();
        try {
            Iterator<Event> events = parser().parse(new StringReader(text)).iterator();
            events.next();
            Event document = events.next();
            if (document instanceof StreamEndEvent) {
                return keys; // comments only: no key left
            }
            if (!(events.next() instanceof MappingStartEvent)) {
                return null;
            }
            for (Event key = events.next(); key instanceof ScalarEvent name; key = events.next()) {
                keys.add(name.getValue());
                valueEnd(events);
            }
        } catch (YAMLException | java.util.NoSuchElementException e) {
            return null;
        }
        return keys;
    }

    /** A mark's place in the text: the parser counts code points. */
    private static int offset(String text, Mark mark) {
        return text.offsetByCodePoints(0, mark.getIndex());
    }

    private static Yaml parser() {
        return new Yaml(new LoaderOptions());
    }
}
