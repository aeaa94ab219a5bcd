package plandoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The PDF's sRGB profile is the same bytes whichever JDK wrote it (JDK 17 and 25 differ in one field). */
class ColorProfileTest {
    @Test
    void theProfileNamesOnePlatformOnEveryJdk() {
        byte[] profile = ColorProfile.srgb();
        assertEquals("APPL", new String(profile, ColorProfile.PLATFORM, 4, StandardCharsets.US_ASCII));
        // Everything else is the JDK's own profile, still a valid sRGB profile.
        byte[] jdk = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        Arrays.fill(jdk, ColorProfile.PLATFORM, ColorProfile.PLATFORM + 4, (byte) 0);
        Arrays.fill(profile, ColorProfile.PLATFORM, ColorProfile.PLATFORM + 4, (byte) 0);
        assertArrayEquals(jdk, profile);
        assertEquals(ColorSpace.TYPE_RGB, ICC_Profile.getInstance(ColorProfile.srgb()).getColorSpaceType());
    }

    @Test
    void jdk25sPlatformBecomesJdk17s() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        System.arraycopy("MSFT".getBytes(StandardCharsets.US_ASCII), 0, profile, ColorProfile.PLATFORM, 4);
        byte[] fixed = ColorProfile.sameOnEveryJdk(profile);
        assertEquals("APPL", new String(fixed, ColorProfile.PLATFORM, 4, StandardCharsets.US_ASCII));
    }
}
