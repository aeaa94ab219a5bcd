package plandoc.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of two or more plans given one number was given it first (s30 review R5): the plan whose plan.yaml carried
 * that {@code number:} in the oldest commit, the others being copies of its folder. Read once for all of them, in one
 * walk of the commits that touched their plan.yaml files, and only when a build finds a number twice with none of the
 * plans known by a site record. Outside git, with a plan never committed first, or with two given the number in the
 * same commit, none is told from the others.
 */
public final class FirstNumbered {
    private FirstNumbered() {
    }

    /**
     * The original of each group, where one is told: each group's plans by their plan.yaml, with the number they give
     * ("1520", "05").
     */
    public static java.util.Set<Path> originals(List<Map<Path, String>> groups) {
        java.util.Set<Path> originals = new java.util.HashSet<>();
        Map<Path, String> numbers = new HashMap<>();
        groups.forEach(numbers::putAll);
        if (numbers.isEmpty()) {
            return originals;
        }
        try {
            Path any = numbers.keySet().iterator().next();
            Optional<GitRepository> found = GitRepository.containing(any.toAbsolutePath().getParent());
            if (found.isEmpty()) {
                return originals;
            }
            try (GitRepository git = found.get()) {
                Map<String, Path> byPath = new HashMap<>();
                for (Path file : numbers.keySet()) {
                    git.relative(file).ifPresent(relative -> byPath.put(relative, file));
                }
                // The oldest commit (its place in the walk, newest first) in which each plan.yaml gave its number.
                Map<Path, Integer> oldest = new HashMap<>();
                List<Commit> commits = byPath.isEmpty() ? List.of()
                        : git.log(new ArrayList<>(byPath.keySet()), Integer.MAX_VALUE);
                for (int i = 0; i < commits.size(); i++) {
                    for (Map.Entry<String, Path> plan : byPath.entrySet()) {
                        Pattern given = line(numbers.get(plan.getValue()));
                        if (git.text(commits.get(i).id(), plan.getKey()).filter(t -> given.matcher(t).find()).isPresent()) {
                            oldest.put(plan.getValue(), i);
                        }
                    }
                }
                for (Map<Path, String> group : groups) {
                    Optional<Integer> first = group.keySet().stream().map(oldest::get).filter(java.util.Objects::nonNull)
                            .max(Integer::compare);
                    List<Path> given = group.keySet().stream().filter(p -> first.isPresent()
                            && first.get().equals(oldest.get(p))).toList();
                    if (given.size() == 1) {
                        originals.add(given.get(0));
                    }
                }
                return originals;
            }
        } catch (IOException | RuntimeException e) {
            // A repository JGit cannot read leaves the plans as they are: each takes the error.
            return java.util.Set.of();
        }
    }

    /** {@code number: 1520} as plan.yaml writes it: quoted or not, with leading zeros or not, a comment after. */
    private static Pattern line(String number) {
        String digits = number.replaceFirst("^0+(?=.)", "");
        return Pattern.compile("(?m)^\\s+number:\\s*([\"']?)0*" + Pattern.quote(digits) + "\\1\\s*(#.*)?$");
    }
}
