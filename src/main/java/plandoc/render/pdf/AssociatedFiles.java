package plandoc.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Embeds files as PDF/A-3 associated files (ISO 19005-3 6.8): each in the EmbeddedFiles name tree
 * and in the catalog's /AF array, with its media type, AFRelationship and description; the file's
 * date is the document's, so the bytes stay reproducible. Read back by {@link #read}.
 */
public final class AssociatedFiles {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private AssociatedFiles() {
    }

    /**
     * A file to embed with its bytes Flate-compressed ({@link #deflate}): ISO 19005-3 allows FlateDecode, and a
     * plan.json shrinks ~12 times, a Markdown source ~4 times. {@code deflated} null: embedded unfiltered.
     */
    public record Deflated(Attachment file, byte[] deflated) {
    }

    /** {@code files} to embed as they are, unfiltered (a comparison's PDF, tests). */
    static List<Deflated> unfiltered(List<Attachment> files) {
        return files.stream().map(f -> new Deflated(f, null)).toList();
    }

    /**
     * {@code files} compressed once per plan: the plan's PDF embeds them all, each separate appendix file of the
     * plan its plan.json, the same bytes. s20: 424's PDF 1.57 MB -> 0.56 MB, the 2,000-item plan's 10.7 MB -> 2.3 MB,
     * for ~30 ms of CPU on its 8 MB plan.json (docs/benchmarks.md, "s20-pdf").
     */
    public static List<Deflated> deflate(List<Attachment> files) {
        return files.stream().map(f -> new Deflated(f, deflate(f.bytes()))).toList();
    }

    static void embed(PDDocument document, List<Deflated> files, Optional<Calendar> date) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> names = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (Deflated entry : files) {
            Attachment file = entry.file();
            PDEmbeddedFile stream = entry.deflated() != null ? deflated(document, entry.deflated())
                    : embeddedFile(document, file.bytes());
            stream.setSubtype(file.mimeType());
            stream.setSize(file.bytes().length);
            date.ifPresent(stream::setModDate);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(file.name());
            spec.setFileUnicode(file.name());
            spec.setFileDescription(file.description());
            spec.setEmbeddedFile(stream);
            spec.setEmbeddedFileUnicode(stream);
            spec.getCOSObject().setName(AF_RELATIONSHIP, file.relationship());
            names.put(file.name(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(names);
        PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(document.getDocumentCatalog());
        dictionary.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(dictionary);
        document.getDocumentCatalog().getCOSObject().setItem(AF, associated);
    }

    /**
     * What {@code new PDEmbeddedFile(document, new ByteArrayInputStream(bytes))} makes — an unfiltered
     * stream, /Length set when it is closed, then /Type /EmbeddedFile, so the same dictionary in the same key
     * order — written in one call: PDFBox's stream without filters passes an array on one byte at a time
     * (FilterOutputStream's write), ~70 ms for the 2,000-item plan's 8 MB plan.json (issue 17).
     */
    static PDEmbeddedFile embeddedFile(PDDocument document, byte[] bytes) throws IOException {
        COSStream cos = document.getDocument().createCOSStream();
        try (OutputStream out = cos.createRawOutputStream()) {
            out.write(bytes);
        }
        PDEmbeddedFile stream = new PDEmbeddedFile(cos);
        cos.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        return stream;
    }

    private static byte[] deflate(byte[] bytes) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream(bytes.length / 8 + 64);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /** An embedded file stream holding {@code deflated} as it is, /Filter /FlateDecode. */
    private static PDEmbeddedFile deflated(PDDocument document, byte[] deflated) throws IOException {
        COSStream cos = document.getDocument().createCOSStream();
        try (OutputStream out = cos.createRawOutputStream()) {
            out.write(deflated);
        }
        cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        PDEmbeddedFile stream = new PDEmbeddedFile(cos);
        cos.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        return stream;
    }

    /** The associated files of a PDF, in the order written; none for a PDF without them. */
    public static List<Attachment> read(PDDocument document) throws IOException {
        List<Attachment> files = new ArrayList<>();
        if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(AF) instanceof COSArray array)) {
            return files;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.getObject(i) instanceof org.apache.pdfbox.cos.COSDictionary dict)) {
                continue;
            }
            PDComplexFileSpecification spec = new PDComplexFileSpecification(dict);
            PDEmbeddedFile stream = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
            if (stream == null) {
                continue;
            }
            String relationship = dict.getNameAsString(AF_RELATIONSHIP);
            files.add(new Attachment(spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFile(),
                    stream.getSubtype(), relationship == null ? "" : relationship, spec.getFileDescription(),
                    stream.toByteArray()));
        }
        return files;
    }
}
