package plandoc.model;

import java.nio.file.Path;

/**
 * A signature or seal image from the plan folder (PNG), with its size in pixels, read when loaded.
 *
 * @param href where it is published, relative to the plan's page
 */
public record SignatureImage(Path file, String href, int widthPx, int heightPx) {
}
