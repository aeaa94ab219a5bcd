package plandoc.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A province's own copy of the templates folder, for tests that edit it. */
final class TemplatesCopy {

    private TemplatesCopy() {
    }

    static Path into(Path directory) throws IOException {
        Path target = directory.resolve("templates");
        try (Stream<Path> files = Files.walk(TestRenderers.TEMPLATES)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(TestRenderers.TEMPLATES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
