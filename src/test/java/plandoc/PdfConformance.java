package plandoc;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * veraPDF (greenfield parser) as a library: the failed rules of a PDF against PDF/A-3a and PDF/UA-1,
 * one line per rule with how often it failed and the first place, so a failure names what to fix.
 */
public final class PdfConformance {

    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** Fails the test with every failed rule of both profiles. */
    public static void assertConforms(String what, byte[] pdf) {
        List<String> failures = failures(pdf);
        assertEquals(List.of(), failures, what + ": veraPDF failed rules");
    }

    /** "PDFUA_1 7.1-3 (12×): message — first context" for every failed rule of both profiles. */
    public static List<String> failures(byte[] pdf) {
        List<String> lines = new java.util.ArrayList<>();
        for (PDFAFlavour flavour : PROFILES) {
            lines.addAll(failures(pdf, flavour));
        }
        return lines;
    }

    /** The same lines for one profile (e.g. PDF/UA-2, which plandoc does not claim, to see one of its rules). */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        // Several test classes check the same bundled PDF (its bytes are the same each render): validated once per JVM.
        return CHECKED.computeIfAbsent(flavour + " " + sha256(pdf), key -> List.copyOf(validatedFailures(pdf, flavour)));
    }

    /** The lines {@link #failures(byte[], PDFAFlavour)} gave, by profile and the PDF's SHA-256. */
    private static final Map<String, List<String>> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String sha256(byte[] pdf) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> validatedFailures(byte[] pdf, PDFAFlavour flavour) {
        List<String> lines = new java.util.ArrayList<>();
        ValidationResult result = validate(pdf, flavour);
        Map<String, List<TestAssertion>> byRule = new LinkedHashMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                byRule.computeIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                        k -> new java.util.ArrayList<>()).add(assertion);
            }
        }
        byRule.forEach((rule, list) -> lines.add(flavour + " " + rule + " (" + list.size() + "×): "
                + list.get(0).getMessage().replaceAll("\\s+", " ") + " — " + list.get(0).getLocation().getContext()));
        if (byRule.isEmpty() && !result.isCompliant()) {
            lines.add(flavour + ": not compliant without a failed assertion");
        }
        return lines;
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             InputStream in = new ByteArrayInputStream(pdf);
             PDFAParser parser = foundry.createParser(in, flavour);
             PDFAValidator validator = foundry.createValidator(flavour, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
        }
    }
}
