package plandoc.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;

/**
 * s19: a separate appendix file carries plan.json only (its sources stay in the plan's PDF). One signed before,
 * carrying the sources too, is still the same document when its plan.json is the new file's, so an upgrade neither
 * stops the build at it nor asks for a new signature; a plan's own PDF still needs all its attachments the same.
 */
class SignedSameDocumentTest {
    private static final String PLAN = "{\"so\": 4086}";
    private static final String YAML = "document:\n  number: 4086\n";

    @Test
    void aSeparateFileWithTheSamePlanJsonIsTheDocumentSignedWithItsSources() throws Exception {
        SignedFiles.Signed before = new SignedFiles.Signed("x-phu-luc-1.pdf",
                pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML)));
        assertTrue(before.sameDocument(pdf(Map.of("plan.json", PLAN))), "the same plan.json");
        assertFalse(before.sameDocument(pdf(Map.of("plan.json", "{\"so\": 4087}"))), "other figures");
    }

    @Test
    void aPlansPdfStillNeedsEveryAttachmentTheSame() throws Exception {
        SignedFiles.Signed signed = new SignedFiles.Signed("x.pdf",
                pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML, "qd/muc-tieu.md", "Mục tiêu")));
        assertTrue(signed.sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML, "qd/muc-tieu.md", "Mục tiêu"))));
        assertFalse(signed.sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML))), "a source file less");
        assertFalse(new SignedFiles.Signed("x.pdf", pdf(Map.of("plan.json", PLAN)))
                .sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML))), "a source file more");
    }

    /**
     * s20: a PDF signed while its province.yaml carried the portal's name (and the history setting) is the same
     * document as the new PDF, which carries province.yaml without them, whatever they say now; a key that is a
     * source (the register) still makes another document.
     */
    @Test
    void theKeysOfProvinceYamlNoDocumentPrintsAreSetAsideOnBothSides() throws Exception {
        SignedFiles.Signed signed = new SignedFiles.Signed("x.pdf", pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML,
                "province.yaml", "portal: Cổng thông tin tỉnh\nregister: agencies.yaml\nhistory: public\n")));
        assertTrue(signed.sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML,
                "province.yaml", "register: agencies.yaml\n"))), "the new PDF's province.yaml");
        assertTrue(signed.sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML,
                "province.yaml", "portal: Cổng thông tin điện tử tỉnh\nregister: agencies.yaml\n"))), "one still carrying it");
        assertFalse(signed.sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML,
                "province.yaml", "register: co-quan.yaml\n"))), "another register");
    }

    /**
     * s20: the plan's PDF stores its attachments Flate-compressed; one signed before, its attachments unfiltered, is the
     * same document when they hold the same bytes once decoded.
     */
    @Test
    void aPdfSignedWithItsAttachmentsUnfilteredIsTheSameDocumentCompressed() throws Exception {
        Map<String, String> files = Map.of("plan.json", PLAN, "qd/plan.yaml", YAML);
        SignedFiles.Signed before = new SignedFiles.Signed("x.pdf", pdf(files));
        byte[] compressed = pdf(files, true);
        assertFalse(new String(compressed, StandardCharsets.ISO_8859_1).contains(YAML), "the new file stores it compressed");
        assertTrue(before.sameDocument(compressed));
        assertTrue(new SignedFiles.Signed("x.pdf", compressed).sameDocument(pdf(files)), "and the other way round");
        assertFalse(before.sameDocument(pdf(Map.of("plan.json", PLAN, "qd/plan.yaml", YAML + "# x\n"), true)),
                "another source, compressed");
    }

    private static byte[] pdf(Map<String, String> files) throws Exception {
        return pdf(files, false);
    }

    private static byte[] pdf(Map<String, String> files, boolean compressed) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            Map<String, PDComplexFileSpecification> names = new LinkedHashMap<>();
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                PDEmbeddedFile stream = new PDEmbeddedFile(document,
                        new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                        compressed ? org.apache.pdfbox.cos.COSName.FLATE_DECODE : null);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(file.getKey());
                spec.setEmbeddedFile(stream);
                names.put(file.getKey(), spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(names);
            PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(document.getDocumentCatalog());
            dictionary.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(dictionary);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
