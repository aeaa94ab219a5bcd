package plandoc.load;

import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.AppendixContent;
import plandoc.model.SignatureImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Checks the images of a signed e-document as Decree 30 describes them (Phụ lục I, II.7.d and
 * II.8.a; format-standard §9): a PNG with a transparent background, the signature blue, the seal red.
 * Not a PNG is an error; no transparency, a tiny image or another colour is a warning.
 */
final class SignatureImages {

    enum Kind {
        SIGNATURE("signature-image"), SEAL("seal-image");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** Fewer pixels than this on the long side print blurred at the sizes used (about 200 dpi). */
    static final int MIN_PIXELS = 150;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private SignatureImages() {
    }

    static Optional<SignatureImage> check(AppendixContent.Image file, Kind kind, String name, SourcePosition at,
                                          Problems problems) {
        BufferedImage image;
        try (InputStream in = Files.newInputStream(file.file())) {
            byte[] head = in.readNBytes(PNG.length);
            if (!java.util.Arrays.equals(head, PNG)) {
                problems.error(at, kind.key + ".not-png", name);
                return Optional.empty();
            }
            image = ImageIO.read(file.file().toFile());
        } catch (IOException e) {
            problems.error(at, "file.unreadable", e.getMessage());
            return Optional.empty();
        }
        if (image == null) {
            problems.error(at, kind.key + ".not-png", name);
            return Optional.empty();
        }
        if (!image.getColorModel().hasAlpha()) {
            problems.warning(at, kind.key + ".no-alpha", name);
        }
        if (Math.max(image.getWidth(), image.getHeight()) < MIN_PIXELS) {
            problems.warning(at, kind.key + ".small", name, image.getWidth(), image.getHeight(), MIN_PIXELS);
        }
        int[] ink = meanInk(image);
        if (ink != null && !(kind == Kind.SIGNATURE ? blue(ink) : red(ink))) {
            problems.warning(at, kind.key + ".colour", name,
                    String.format(java.util.Locale.ROOT, "#%02x%02x%02x", ink[0], ink[1], ink[2]));
        }
        return Optional.of(new SignatureImage(file.file(), file.href(), image.getWidth(), image.getHeight()));
    }

    /** The mean colour of the visible, non-white pixels (the ink), or null for an empty image. */
    private static int[] meanInk(BufferedImage image) {
        long r = 0, g = 0, b = 0, n = 0;
        int step = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 400);
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int red = (argb >> 16) & 0xFF, green = (argb >> 8) & 0xFF, blue = argb & 0xFF;
                if (alpha < 128 || (red > 220 && green > 220 && blue > 220)) {
                    continue;
                }
                r += red;
                g += green;
                b += blue;
                n++;
            }
        }
        return n == 0 ? null : new int[]{(int) (r / n), (int) (g / n), (int) (b / n)};
    }

    private static boolean blue(int[] c) {
        return c[2] > c[0] + 30 && c[2] >= c[1];
    }

    private static boolean red(int[] c) {
        return c[0] > c[1] + 40 && c[0] > c[2] + 40;
    }
}
