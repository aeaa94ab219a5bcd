package plandoc.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * Decodes an image a plan names, so {@code check} finds what {@code build} would otherwise meet: a
 * file that is not an image of its kind (a WebP renamed .jpg), a truncated file, or one too large to
 * print. The size is read from the header first, so a decompression bomb is refused before a pixel
 * is decoded; the pixels are then decoded at 1/8 in each direction, which reads the whole file (a
 * truncation shows) in a sixty-fourth of the memory.
 */
final class ImageFile {
    /** 50 megapixels: an A3 map at 600 dpi is 70 MP, an A4 page at 300 dpi 9 MP. */
    static final long PIXEL_LIMIT = 50_000_000L;
    private static final int SUBSAMPLING = 8;

    private ImageFile() {
    }

    /** Reports what is wrong with the image at {@code file}; returns whether it can be printed. */
    static boolean check(Path file, String name, SourcePosition at, Problems problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return SvgFile.check(file, name, at, problems); // vector: no pixels to decode, but XML to read
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                problems.error(at, "image.not-an-image", name);
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!matches(lower, format)) {
                    problems.error(at, "image.wrong-format", name, format.toUpperCase(Locale.ROOT));
                    return false;
                }
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > PIXEL_LIMIT) {
                    problems.error(at, "image.too-large", name, width, height, PIXEL_LIMIT / 1_000_000);
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
                reader.read(0, param);
                return true;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO's decoders report a damaged file with IOException, and some with runtime
            // exceptions (an index out of range in a corrupt table): either way the file is the problem.
            problems.error(at, "image.damaged", name, String.valueOf(e.getMessage()));
            return false;
        }
    }

    private static boolean matches(String name, String format) {
        if (name.endsWith(".png")) {
            return format.equals("png");
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return format.equals("jpeg") || format.equals("jpg");
        }
        if (name.endsWith(".gif")) {
            return format.equals("gif");
        }
        return false;
    }
}
