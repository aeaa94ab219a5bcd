package plandoc.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import plandoc.render.CarriedProvince;

/**
 * The PDFs of a published plan that carry a digital signature (Decree 30: the signed file is the document
 * itself). A build never overwrites or deletes one: it keeps it when the plan's new PDF is the very document
 * it signs, and otherwise refuses, or, when told to ({@code build --replace-signed}), moves it to
 * {@link #ARCHIVE} under a name that says it was signed and when. PDFBox tells a signed file as
 * {@code plandoc sign} does: a signature dictionary in it ({@code getSignatureDictionaries}).
 *
 * <p>A signature's byte range is written in the file's raw bytes, never in a compressed stream (its offsets
 * are patched in after the file is laid out), and plandoc's unsigned PDF has none: only a PDF whose bytes
 * hold {@code /ByteRange} is opened. A build looks only when a plan's published files are not as it wrote
 * them, or when it replaces or removes the plan's folder.
 */
public final class SignedFiles {
    /** The site folder where replaced signed files are kept, one folder per plan; nothing links to it. */
    public static final String ARCHIVE = "luu-ban-da-ky";
    /** Signing times are Vietnam time, as {@code plandoc sign} writes them. */
    private static final ZoneId VIETNAM = plandoc.model.VietnamTime.ZONE;

    private SignedFiles() {
    }

    /** A signed PDF found in a plan's folder: its name there and its bytes. */
    public record Signed(String name, byte[] bytes) {
        /**
         * Whether this file is {@code unsigned} with signatures appended: a signature is an incremental
         * update, so the signed file starts with every byte of the document it signs.
         */
        public boolean signs(byte[] unsigned) {
            return bytes.length > unsigned.length
                    && java.util.Arrays.equals(bytes, 0, unsigned.length, unsigned, 0, unsigned.length);
        }

        /**
         * Whether this file is the same document as {@code unsigned} though not byte for byte: both carry the same
         * sources and resolved plan ({@code plan.json}) as attachments (a separate appendix file: the same plan.json). Bytes that say nothing of the document differ
         * between builds of the same sources (the git commit in the metadata, the file's /ID with
         * {@code --separate-appendices}); a signature must not be lost, nor refused, over them. Nor over the keys of
         * province.yaml no document prints ({@link CarriedProvince}), set aside on both sides: a PDF signed while its
         * province.yaml still carried the portal's name (before s20) is the same document after that name changes.
         */
        public boolean sameDocument(byte[] unsigned) {
            return sameDocument(document(attachments(bytes)), document(attachments(unsigned)));
        }

        /**
         * Whether this file, signed while its plan's folder was {@code signedSlug}, is the same document as
         * {@code unsigned}, the plan's PDF now that its folder is {@code newSlug} (s23 review H3: a renamed folder).
         * The folder's name is no part of the document: it is set aside on both sides, in the attachments' names
         * ("ha-tinh-4086-2012/plan.yaml") and in plan.json's {@code "slug"}.
         */
        private boolean sameDocument(byte[] unsigned, String signedSlug, String newSlug) {
            return sameDocument(withoutSlug(document(attachments(bytes)), signedSlug),
                    withoutSlug(document(attachments(unsigned)), newSlug));
        }

        /**
         * Whether this file, signed in the folder its plan.json names, is {@code unsigned}'s document in {@code slug}'s
         * folder: a signed PDF moved with its renamed plan (build.RenamedPlans) stands in the build that moves it and in
         * every later one (s23 tryout H1: a {@code --clean} after the rename stopped at it), however many times the
         * folder was renamed since it was signed (the folder it was found in is not the one it was signed in then).
         */
        public boolean sameDocumentMoved(byte[] unsigned, String slug) {
            byte[] data = attachments(bytes).get(DATA_FILE);
            if (data == null) {
                return false;
            }
            java.util.regex.Matcher m = SLUG.matcher(new String(data, StandardCharsets.UTF_8));
            return m.find() && !m.group(1).equals(slug) && sameDocument(unsigned, m.group(1), slug);
        }

        /**
         * The embedded files by which {@code unsigned} is another document than this signed file, as
         * {@link #sameDocument(byte[])} compares them: the sources changed since signing (not {@code plan.json}, which
         * follows from them), or only {@code plan.json} when plandoc computes another one from the same sources. Said to the officer, who otherwise has to guess
         * which file made a signed decision another document (s24 review H1: a province.yaml line).
         */
        public List<String> differences(byte[] unsigned, String slug) {
            Map<String, byte[]> signed = document(attachments(bytes));
            Map<String, byte[]> now = document(attachments(unsigned));
            // Signed in another folder (the plan renamed since): its folder name set aside on both sides, as
            // sameDocumentMoved does, and the names said as the plan's folder has them now (s24 re-read L1).
            java.util.regex.Matcher m = signed.containsKey(DATA_FILE)
                    ? SLUG.matcher(new String(signed.get(DATA_FILE), StandardCharsets.UTF_8)) : null;
            boolean moved = m != null && m.find() && !m.group(1).equals(slug);
            Map<String, byte[]> signedFiles = moved ? inFolder(withoutSlug(signed, m.group(1)), slug) : signed;
            Map<String, byte[]> newFiles = moved ? inFolder(withoutSlug(now, slug), slug) : now;
            java.util.TreeSet<String> names = new java.util.TreeSet<>(signedFiles.keySet());
            names.addAll(newFiles.keySet());
            List<String> differ = names.stream().filter(name -> !signedFiles.containsKey(name)
                    || !newFiles.containsKey(name) || !java.util.Arrays.equals(signedFiles.get(name), newFiles.get(name)))
                    .toList();
            // plan.json follows from the sources: named only when it is the one difference
            return differ.size() > 1 ? differ.stream().filter(name -> !name.equals(DATA_FILE)).toList() : differ;
        }

        /** Files named "/plan.yaml" ({@link #withoutSlug}) named in {@code slug}'s folder again; plan.json as it is. */
        private static Map<String, byte[]> inFolder(Map<String, byte[]> files, String slug) {
            Map<String, byte[]> named = new java.util.TreeMap<>();
            files.forEach((name, b) -> named.put(name.startsWith("/") ? slug + name : name, b));
            return named;
        }

        /** Whether {@link #differences} are only the data plandoc computes: the sources are as signed. */
        public static boolean onlyComputed(List<String> differences) {
            return differences.equals(List.of(DATA_FILE));
        }

        private static boolean sameDocument(Map<String, byte[]> signedFiles, Map<String, byte[]> newFiles) {
            if (signedFiles.isEmpty() || newFiles.isEmpty()) {
                return false;
            }
            // A separate appendix file carries only plan.json since s19 (the sources stay in the plan's PDF): one
            // signed before, with the sources too, is the same document when its plan.json is the new one's.
            boolean dataOnly = newFiles.keySet().equals(java.util.Set.of(DATA_FILE));
            if (signedFiles.size() != newFiles.size() && !dataOnly) {
                return false;
            }
            return newFiles.entrySet().stream().allMatch(e -> signedFiles.containsKey(e.getKey())
                    && java.util.Arrays.equals(e.getValue(), signedFiles.get(e.getKey())));
        }
    }

    /**
     * A PDF's attachments as they say what the document is: its province.yaml without the keys no document prints,
     * and none when nothing else is left in it (a PDF built before s23 carried such a file, empty, beside its plan).
     */
    private static Map<String, byte[]> document(Map<String, byte[]> attachments) {
        boolean ownRegister = CarriedProvince.ownRegister(attachments.keySet());
        attachments.computeIfPresent(plandoc.model.Province.FILE, (name, bytes) -> {
            byte[] carried = CarriedProvince.of(bytes, ownRegister);
            return CarriedProvince.saysNothing(carried) ? null : carried;
        });
        return attachments;
    }

    /**
     * A PDF's attachments with its plan's folder name taken out: "slug/plan.yaml" read as "/plan.yaml", and plan.json's
     * {@code "slug" : "…"} (the first, the document's; plandoc writes it so) emptied.
     */
    private static Map<String, byte[]> withoutSlug(Map<String, byte[]> attachments, String slug) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        String field = "\"slug\" : \"" + slug + "\"";
        attachments.forEach((name, bytes) -> {
            if (name.equals(DATA_FILE)) {
                String json = new String(bytes, StandardCharsets.UTF_8);
                int at = json.indexOf(field);
                bytes = (at < 0 ? json : json.substring(0, at) + "\"slug\" : \"\"" + json.substring(at + field.length()))
                        .getBytes(StandardCharsets.UTF_8);
            }
            files.put(name.startsWith(slug + "/") ? name.substring(slug.length()) : name, bytes);
        });
        return files;
    }

    /** The resolved plan every PDF of a plan embeds (render.PlanFiles.JSON). */
    private static final String DATA_FILE = "plan.json";
    /** plan.json's first "slug", the document's own folder (plandoc writes it so; {@link #withoutSlug}). */
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("\"slug\" : \"([^\"]*)\"");

    /** A PDF's embedded files by name; none when it has none or cannot be read. */
    private static Map<String, byte[]> attachments(byte[] pdf) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                collect(names.getEmbeddedFiles(), files);
            }
        } catch (IOException e) {
            files.clear();
        }
        return files;
    }

    private static void collect(org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode node, Map<String, byte[]> files)
            throws IOException {
        Map<String, org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification> named = node.getNames();
        if (named != null) {
            for (var entry : named.entrySet()) {
                var embedded = entry.getValue().getEmbeddedFile();
                if (embedded != null) {
                    files.put(entry.getKey(), embedded.toByteArray());
                }
            }
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) {
                collect((org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode) kid, files);
            }
        }
    }

    /** The signed PDFs in {@code folder}, a plan's published folder (none when it does not exist). */
    public static List<Signed> in(Path folder) throws IOException {
        List<Signed> signed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return signed;
        }
        try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(folder, "*.pdf")) {
            for (Path pdf : pdfs) {
                String name = pdf.getFileName().toString();
                if (!Files.isRegularFile(pdf) || TemporaryFiles.temporaryName(name)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(pdf);
                if (signed(bytes)) {
                    signed.add(new Signed(name, bytes));
                }
            }
        }
        signed.sort(java.util.Comparator.comparing(Signed::name));
        return signed;
    }

    /**
     * Whether a PDF carries a signature; a file PDFBox cannot read carries none it can verify. Opened only when its
     * bytes hold {@code /ByteRange} (see the class comment): the issued-document freeze asks this of an issued plan's
     * published PDF each time its amounts are edited, and PDFBox parsed the whole file for that on the build's
     * critical path (issue 17, s33).
     */
    public static boolean signed(byte[] pdf) {
        if (!mayBeSigned(pdf)) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return !document.getSignatureDictionaries().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the raw bytes hold a signature's byte range. One byte a character, searched by the JDK's intrinsic: a
     * plan's PDF is scanned in well under a millisecond, where a loop of our own ran interpreted in a one-plan build.
     */
    private static boolean mayBeSigned(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).contains("/ByteRange");
    }

    /**
     * Where {@code file} of plan {@code slug} is kept once replaced, relative to the site:
     * {@code luu-ban-da-ky/<slug>/<stem>-da-ky-<date of its last signature>.pdf}, with "-2", "-3"… when
     * the site already holds that name (a file signed and replaced twice the same day).
     */
    public static String archivePath(Path site, String slug, Signed file) {
        String stem = file.name().substring(0, file.name().length() - ".pdf".length());
        String base = ARCHIVE + "/" + slug + "/" + stem + "-da-ky-" + signingDate(file.bytes());
        String path = base + ".pdf";
        for (int n = 2; Files.exists(site.resolve(path)); n++) {
            path = base + "-" + n + ".pdf";
        }
        return path;
    }

    /** The day (Vietnam time) of the file's last signature; today when it gives none. */
    private static LocalDate signingDate(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            LocalDate last = null;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                Calendar date = signature.getSignDate();
                if (date != null) {
                    LocalDate day = date.toInstant().atZone(VIETNAM).toLocalDate();
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
            if (last != null) {
                return last;
            }
        } catch (IOException e) {
            // a file found signed a moment ago: dated today if it cannot be read again
        }
        return LocalDate.now(VIETNAM);
    }
}
