package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a folder of the site already holds exactly what a build would stage in it, byte for byte and nothing
 * else: then it is left as it is, not written again (a plan's folder after a change of {@code url:} alone, the
 * assets). Reading it back costs far less than the render that precedes it.
 */
final class PublishedFolder {
    private PublishedFolder() {
    }

    /**
     * @param written the files made in memory, by path in the folder
     * @param copied  the files copied from elsewhere (a plan's images), by path in the folder
     */
    static boolean holdsExactly(Path folder, Map<String, byte[]> written, Map<String, Path> copied) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        Set<String> present = new HashSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!written.containsKey(name) && !copied.containsKey(name)) {
                    return false;
                }
                present.add(name);
            }
        }
        if (present.size() != written.size() + copied.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : written.entrySet()) {
            Path published = folder.resolve(file.getKey());
            if (Files.size(published) != file.getValue().length || !Arrays.equals(Files.readAllBytes(published), file.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Path> copy : copied.entrySet()) {
            if (Files.mismatch(folder.resolve(copy.getKey()), copy.getValue()) != -1) {
                return false;
            }
        }
        return true;
    }
}
