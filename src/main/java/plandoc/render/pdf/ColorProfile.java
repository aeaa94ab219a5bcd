package plandoc.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/** The sRGB output intent PDF/A requires; the JDK ships the profile, so nothing is bundled. */
final class ColorProfile {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ColorProfile() {
    }

    static byte[] srgb() {
        return SRGB.clone();
    }
}
