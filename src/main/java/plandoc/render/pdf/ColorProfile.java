package plandoc.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.Arrays;

/** The sRGB output intent PDF/A requires; the JDK ships the profile, so nothing is bundled. */
final class ColorProfile {
    /** Header bytes 40–43, the profile's primary platform; 84–99, its MD5 id (all zero: not computed). */
    static final int PLATFORM = 40;
    private static final int ID = 84;
    private static final int ID_END = 100;

    /** Where the JDK keeps the profile {@link ICC_Profile#getInstance(int)} reads for {@code CS_sRGB}. */
    private static final String JDK_FILE = "/modules/java.desktop/sun/java2d/cmm/profiles/sRGB.pf";

    private static final byte[] SRGB = sameOnEveryJdk(jdkProfile());

    private ColorProfile() {
    }

    static byte[] srgb() {
        return SRGB.clone();
    }

    /**
     * The JDK's sRGB profile as the JDK ships it, read from the runtime image. {@code getData()} gives
     * the same bytes (JDK 17 writes its platform field as APPL, which {@link #sameOnEveryJdk} does
     * anyway; ColorProfileTest compares them) but first loads the native colour-management library,
     * ~7 ms of the render thread in a cold build (issue 17). A JDK that keeps it elsewhere: getData().
     */
    private static byte[] jdkProfile() {
        try {
            return Files.readAllBytes(FileSystems.getFileSystem(URI.create("jrt:/")).getPath(JDK_FILE));
        } catch (IOException | RuntimeException e) {
            return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        }
    }

    /**
     * JDK 17's profile names Apple as its platform, JDK 25's Microsoft — the only byte that differs, and
     * the PDF must not depend on the JDK that wrote it (issue 17: the wrapper may pick either). The field
     * is informational; without a profile id nothing else covers it.
     */
    static byte[] sameOnEveryJdk(byte[] profile) {
        if (profile.length >= ID_END && Arrays.equals(profile, ID, ID_END, new byte[ID_END - ID], 0, ID_END - ID)) {
            System.arraycopy("APPL".getBytes(StandardCharsets.US_ASCII), 0, profile, PLATFORM, 4);
        }
        return profile;
    }
}
