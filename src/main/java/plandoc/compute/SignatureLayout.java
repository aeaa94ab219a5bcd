package plandoc.compute;

import plandoc.model.Issuer;
import plandoc.model.Signature;
import plandoc.model.SignatureImage;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.SignatureMark;
import plandoc.resolved.SignatureMarkKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the signature and seal images go (Decree 30, Phụ lục I II.7.d, II.8.a): the signature
 * centred between the chức vụ line and the name, {@value #SIGNATURE_HEIGHT_MM} mm high (at most
 * {@value #SIGNATURE_MAX_WIDTH_MM} mm wide); the seal at its real size, its right edge one third into
 * the signature from the left, so it covers about a third of it, centred on it vertically. Without a
 * signature image the signer signs by hand in the middle of the space: the seal is shifted left by a sixth
 * of its size, its right third over the middle, its left two thirds clear of the signature.
 * <p>The seal never covers the signer's name, and rises at most {@value #RISE_MM} mm above the space (about
 * the chức vụ line, which a real seal overlaps too): when it does not fit the {@value #SPACE_MM} mm space
 * (pdf.css {@code .signature-space}), the space grows to hold it ({@code spaceStyle}).
 * Lengths are relative to the box holding the signature, which the template centres
 * {@value #MARKS_TOP_MM} mm under the space's top (pdf.css {@code .signature-marks}).
 */
record SignatureLayout(Optional<String> spaceStyle, Optional<String> frameStyle, List<SignatureMark> marks) {

    static final double SIGNATURE_HEIGHT_MM = 20;
    static final double SIGNATURE_MAX_WIDTH_MM = 70;
    static final double SPACE_MM = 25;
    static final double MARKS_TOP_MM = 2.5;
    static final double RISE_MM = 6;

    static SignatureLayout of(Signature signature, Issuer issuer) {
        Optional<SignatureImage> sig = signature.image();
        Optional<SignatureImage> seal = issuer.seal();
        if (sig.isEmpty() && seal.isEmpty()) {
            return new SignatureLayout(Optional.empty(), Optional.empty(), List.of());
        }
        double sealSize = issuer.sealSizeMm();
        double width = 0;
        double height = 0;
        double space = SPACE_MM;
        List<SignatureMark> marks = new ArrayList<>();
        if (sig.isPresent()) {
            SignatureImage image = sig.get();
            height = SIGNATURE_HEIGHT_MM;
            width = height * image.widthPx() / image.heightPx();
            if (width > SIGNATURE_MAX_WIDTH_MM) {
                height = height * SIGNATURE_MAX_WIDTH_MM / width;
                width = SIGNATURE_MAX_WIDTH_MM;
            }
            marks.add(new SignatureMark(new ImageBlock(image.file(), image.href(), "Chữ ký của " + signature.name()),
                    SignatureMarkKind.SIGNATURE_IMAGE, box(0, 0, width, height)));
        }
        if (seal.isPresent()) {
            SignatureImage image = seal.get();
            double sealWidth = sealSize;
            double sealHeight = sealSize * image.heightPx() / image.widthPx();
            if (sig.isEmpty()) {
                // The hand signature's place: as wide as the seal, as high as a signature image.
                width = sealWidth;
                height = SIGNATURE_HEIGHT_MM;
            }
            double left = sig.isPresent() ? width / 3 - sealWidth : -sealWidth / 6;
            double top = Math.max((height - sealHeight) / 2, -MARKS_TOP_MM - RISE_MM);
            space = Math.max(space, MARKS_TOP_MM + top + sealHeight);
            marks.add(new SignatureMark(new ImageBlock(image.file(), image.href(), "Dấu của " + issuer.name()),
                    SignatureMarkKind.SEAL_IMAGE, box(left, top, sealWidth, sealHeight)));
        }
        Optional<String> spaceStyle = space > SPACE_MM ? Optional.of(String.format(Locale.ROOT, "height: %.1fmm", space))
                : Optional.empty();
        return new SignatureLayout(spaceStyle,
                Optional.of(String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width, height)), marks);
    }

    private static String box(double left, double top, double width, double height) {
        return String.format(Locale.ROOT, "left: %.1fmm; top: %.1fmm; width: %.1fmm; height: %.1fmm",
                left, top, width, height);
    }
}
