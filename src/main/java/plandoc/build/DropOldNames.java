package plandoc.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The old file names a build is asked to drop ({@code build --drop-old-names}): the copies {@link KeptNames} keeps
 * under the names a plan's files were published under before. Given alone, every old name of the plans the build
 * builds; given a value, the old names it names: a plan ({@code ke-hoach-a}, {@code content/ke-hoach-a}) or one of
 * its old names ({@code ke-hoach-a/5-KH-UBND.pdf}, {@code site/ke-hoach-a/5-KH-UBND.pdf}, or {@code 5-KH-UBND.pdf}
 * in whatever plan keeps it). Only old names: a plan's current files are never named by it.
 *
 * @param plans  with no value: the plans whose old names all go (empty: every plan of the build)
 * @param all    whether the option was given without a value
 * @param named  the values given, as typed
 */
public record DropOldNames(boolean all, Optional<Set<String>> plans, List<String> named) {
    public DropOldNames {
        plans = plans.map(Set::copyOf);
        named = List.copyOf(named);
    }

    /** Nothing to drop: a plain build. */
    public static DropOldNames none() {
        return new DropOldNames(false, Optional.empty(), List.of());
    }

    /**
     * The option's values: none, or a blank one (the option alone), for all; any other a plan or an old name.
     */
    public static DropOldNames of(List<String> values) {
        List<String> named = values.stream().filter(v -> !v.isBlank()).toList();
        return new DropOldNames(values.isEmpty() || named.size() < values.size(), Optional.empty(), named);
    }

    /** Whether anything is to be dropped. */
    public boolean any() {
        return all || !named.isEmpty();
    }

    /** With no value, only the old names of {@code slugs} (the plans a build of one plan folder builds). */
    public DropOldNames within(Set<String> slugs) {
        return new DropOldNames(all, Optional.of(slugs), named);
    }

    /** Whether the old name {@code name} of plan {@code slug} goes. */
    boolean drops(String slug, String name) {
        if (all && plans.map(p -> p.contains(slug)).orElse(true)) {
            return true;
        }
        return named.stream().anyMatch(value -> names(value, slug, name));
    }

    /** Whether {@code value} names plan {@code slug} or its old name {@code name}. */
    private static boolean names(String value, String slug, String name) {
        List<String> parts = Arrays.stream(value.split("[/\\\\]")).filter(p -> !p.isEmpty() && !p.equals(".")).toList();
        if (parts.isEmpty()) {
            return false;
        }
        String last = parts.get(parts.size() - 1);
        if (last.equals(slug)) {
            return true;
        }
        return last.equals(name) && (parts.size() == 1 || parts.get(parts.size() - 2).equals(slug));
    }

    /** The entries of {@code kept} (old name → current name) of plan {@code slug} that go, taken out of it. */
    SortedMap<String, String> takeFrom(String slug, SortedMap<String, String> kept) {
        SortedMap<String, String> dropped = new TreeMap<>();
        kept.forEach((old, current) -> {
            if (drops(slug, old)) {
                dropped.put(old, current);
            }
        });
        kept.keySet().removeAll(dropped.keySet());
        return dropped;
    }

    /** The values given that named no old name this build dropped: said as a mistake, with what is kept. */
    List<String> unmatched(Map<String, SortedMap<String, String>> dropped) {
        List<String> unmatched = new ArrayList<>();
        for (String value : named) {
            boolean matched = dropped.entrySet().stream()
                    .anyMatch(e -> e.getValue().keySet().stream().anyMatch(name -> names(value, e.getKey(), name)));
            if (!matched) {
                unmatched.add(value);
            }
        }
        return unmatched;
    }
}
