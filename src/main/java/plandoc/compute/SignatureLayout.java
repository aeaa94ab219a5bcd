package plandoc.compute;

import plandoc.model.Issuer;
import plandoc.model.Signature;
import plandoc.model.SignatureImage;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.SignatureMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the signature and seal images go (Decree 30, Phụ lục I II.7.d, II.8.a): the signature
 * centred between the chức vụ line and the name, {@value #SIGNATURE_HEIGHT_MM} mm high (at most
 * {@value #SIGNATURE_MAX_WIDTH_MM} mm wide); the seal at its real size, its right edge one third into
 * the signature from the left, so it covers about a third of it, centred on it vertically.
 * Lengths are relative to the box holding the signature, which the template centres.
 */
record SignatureLayout(String frameStyle, List<SignatureMark> marks) {

    static final double SIGNATURE_HEIGHT_MM = 20;
    static final double SIGNATURE_MAX_WIDTH_MM = 70;

    static SignatureLayout of(Signature signature, Issuer issuer) {
        Optional<SignatureImage> sig = signature.image();
        Optional<SignatureImage> seal = issuer.seal();
        if (sig.isEmpty() && seal.isEmpty()) {
            return new SignatureLayout("", List.of());
        }
        double sealSize = issuer.sealSizeMm();
        double width = 0;
        double height = 0;
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
                    "signature-image", box(0, 0, width, height)));
        }
        if (seal.isPresent()) {
            SignatureImage image = seal.get();
            double sealWidth = sealSize;
            double sealHeight = sealSize * image.heightPx() / image.widthPx();
            double left = sig.isPresent() ? width / 3 - sealWidth : 0;
            double top = sig.isPresent() ? (height - sealHeight) / 2 : 0;
            if (sig.isEmpty()) {
                width = sealWidth;
                height = sealHeight;
            }
            marks.add(new SignatureMark(new ImageBlock(image.file(), image.href(), "Dấu của " + issuer.name()),
                    "seal-image", box(left, top, sealWidth, sealHeight)));
        }
        return new SignatureLayout(String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width, height), marks);
    }

    private static String box(double left, double top, double width, double height) {
        return String.format(Locale.ROOT, "left: %.1fmm; top: %.1fmm; width: %.1fmm; height: %.1fmm",
                left, top, width, height);
    }
}
