package plandoc.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Matches a file name written in a plan to the name on the disk. Every YAML text is read as composed
 * Unicode (NFC), but a file named on a Mac, or unpacked from a zip made there, keeps its decomposed
 * (NFD) name: "Phụ lục.md" typed in the plan never equals the bytes on the disk, though {@code ls}
 * shows the same letters. So names are compared in NFC, each part of the path in turn.
 */
final class WrittenNames {
    private WrittenNames() {
    }

    /**
     * The file under {@code base} the written {@code relative} path names: the path itself when it exists,
     * otherwise the one whose names equal it part by part once composed; the path itself when none does.
     */
    static Path onDisk(Path base, Path relative) {
        Path exact = base.resolve(relative).normalize();
        if (Files.exists(exact, LinkOption.NOFOLLOW_LINKS)) {
            return exact;
        }
        Path current = base;
        for (Path part : relative.normalize()) {
            Path next = current.resolve(part.toString());
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                Optional<Path> composedEqual = composedEqual(current, part.toString());
                if (composedEqual.isEmpty()) {
                    return exact;
                }
                next = composedEqual.get();
            }
            current = next;
        }
        return current;
    }

    /** The names in {@code folder}, composed, except {@code written} itself: the candidates of a "did you mean". */
    static List<String> othersIn(Path folder, String written) {
        List<String> names = new ArrayList<>();
        String self = nfc(written);
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> nfc(p.getFileName().toString())).filter(n -> !n.equals(self)).forEach(names::add);
        } catch (IOException ignored) {
            // the suggestion is a courtesy
        }
        return names;
    }

    private static Optional<Path> composedEqual(Path folder, String name) {
        String wanted = nfc(name);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> nfc(p.getFileName().toString()).equals(wanted)).findFirst();
        } catch (IOException e) {
            return Optional.empty(); // not a folder, or unreadable: the caller reports the written name missing
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
