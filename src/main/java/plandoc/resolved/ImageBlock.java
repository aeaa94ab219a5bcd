package plandoc.resolved;

import java.nio.file.Path;

/**
 * An image from the plan folder. {@code source} is the file to copy; {@code href} is where it is
 * published, relative to the plan's page.
 */
public record ImageBlock(Path source, String href, String alt) implements Block {
    @Override
    public String kind() {
        return "image";
    }
}
