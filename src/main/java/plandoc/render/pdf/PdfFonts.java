package plandoc.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import plandoc.diagnostic.Message;
import plandoc.render.UnusableFile;

/**
 * The four faces embedded in every PDF, read once per build.
 *
 * <p>Decree 30 asks for Times New Roman, which we may not redistribute. The faces are looked up in
 * this order, and the first place holding all four is used:
 * <ol>
 * <li>{@code <templates>/fonts/serif-regular.ttf}, {@code serif-bold.ttf}, {@code serif-italic.ttf},
 *     {@code serif-bold-italic.ttf} (any TrueType font an office chooses; all four or an error);</li>
 * <li>Times New Roman under its usual file names ({@code times.ttf}, {@code timesbd.ttf},
 *     {@code timesi.ttf}, {@code timesbi.ttf} as on Windows, or {@code Times New Roman Bold.ttf} /
 *     {@code Times_New_Roman_Bold.ttf} as on macOS and in Debian's msttcorefonts) in
 *     {@code <templates>/fonts/}, then in the operating system's font folders;</li>
 * <li>Liberation Serif (metric-compatible, SIL OFL, bundled on the classpath), and the build says so.</li>
 * </ol>
 * Whatever is found is registered under the family name "Times New Roman", so line breaks match
 * what officers see in Word. TrueType outlines only: openhtmltopdf cannot embed CFF/OpenType or WOFF.
 */
public final class PdfFonts {

    /** The CSS family name templates use. */
    public static final String FAMILY = "Times New Roman";

    static final String BUNDLED = "com/mpobjects/jasperreports/fonts/liberation/";

    /** Where Times New Roman is installed, after the templates' own {@code fonts/} folder. */
    static final List<String> SYSTEM_FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts",
            "~/.local/share/fonts", "C:\\Windows\\Fonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental",
            "~/Library/Fonts");
    /** How deep a font folder is searched ({@code /usr/share/fonts/truetype/msttcorefonts/}). */
    private static final int FOLDER_DEPTH = 4;

    private final List<Face> faces;
    private final String source;
    /** Hashed on a second thread while the first page is laid out: needed only when a PDF is finished. */
    private final FutureTask<byte[]> fingerprint;
    private final FontMetricsCache metrics = new FontMetricsCache();

    private final boolean timesNewRoman;

    private PdfFonts(List<Face> faces, String source, boolean timesNewRoman) {
        this.faces = List.copyOf(faces);
        this.source = source;
        this.timesNewRoman = timesNewRoman;
        this.fingerprint = new FutureTask<>(() -> digest(this.faces));
        Thread thread = new Thread(fingerprint, "plandoc-font-digest");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The faces in {@code <templatesDir>/fonts/} when that folder holds any of the four serif files,
     * else Times New Roman from that folder or the system's, else the bundled Liberation Serif.
     *
     * @throws IOException when the override is incomplete or unreadable
     */
    public static PdfFonts load(Path templatesDir) throws IOException {
        return load(templatesDir, Optional.empty());
    }

    /**
     * As {@link #load(Path)}, {@code officeFonts} (the folder {@value #FOLDER_VARIABLE} names, where a machine
     * keeps the fonts a project may not commit) searched as the templates' {@code fonts/} is, after it.
     */
    public static PdfFonts load(Path templatesDir, Optional<Path> officeFonts) throws IOException {
        return read(find(ownFolders(templatesDir, officeFonts), systemFolders()));
    }

    /** As {@link #load(Path)}, looking for Times New Roman in {@code folders}, in order. */
    static PdfFonts load(Path templatesDir, List<Path> folders) throws IOException {
        return read(find(List.of(templatesDir.resolve("fonts")), folders));
    }

    /**
     * Whether the PDFs would embed the bundled Liberation Serif: no office's serif files, no Times New Roman in the
     * folders {@link #load(Path, Optional)} searches. Looks at file names only (a check that renders nothing).
     */
    public static boolean standIn(Path templatesDir, Optional<Path> officeFonts) throws IOException {
        return find(ownFolders(templatesDir, officeFonts), systemFolders()).isEmpty();
    }

    /**
     * What identifies the faces {@link #load(Path, Optional)} would embed, for the render key: which kind was found
     * (the bundled stand-in, Times New Roman, an office's serif files) and each file's name and size, never the
     * folder's path. So Times New Roman put in place re-renders the PDFs printed in the stand-in, and the same fonts
     * in another folder (a CI runner's, a moved folder) do not (s28 re-read H1). File names and sizes only: a build
     * that renders nothing reads no font file.
     */
    public static String facesKey(Path templatesDir, Optional<Path> officeFonts) throws IOException {
        Optional<Found> found = find(ownFolders(templatesDir, officeFonts), systemFolders());
        if (found.isEmpty()) {
            return "bundled Liberation Serif";
        }
        StringBuilder key = new StringBuilder(found.get().timesNewRoman() ? "Times New Roman" : "own serif");
        for (Path file : found.get().files()) {
            key.append('|').append(file.getFileName()).append(' ')
                    .append(Files.isRegularFile(file) ? Files.size(file) : -1);
        }
        return key.toString();
    }

    /** The environment variable naming a folder of the office's fonts, searched after the templates' fonts/. */
    public static final String FOLDER_VARIABLE = "PLANDOC_FONTS";

    private static List<Path> ownFolders(Path templatesDir, Optional<Path> officeFonts) {
        List<Path> own = new ArrayList<>();
        own.add(templatesDir.resolve("fonts"));
        officeFonts.ifPresent(own::add);
        return own;
    }

    private static List<Path> systemFolders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String folder : SYSTEM_FOLDERS) {
            try {
                folders.add(Path.of(folder.startsWith("~") ? home + folder.substring(1) : folder));
            } catch (java.nio.file.InvalidPathException e) {
                // A Windows path on Unix or the reverse: not a place to look on this system.
            }
        }
        return folders;
    }

    /**
     * Where the four faces are: in each of the office's {@code own} folders in turn, its serif files, else Times New
     * Roman; then Times New Roman in the system's {@code folders}. Empty: nowhere (the bundled stand-in).
     */
    private static Optional<Found> find(List<Path> own, List<Path> folders) throws IOException {
        for (Path folder : own) {
            List<Path> override = Face.Kind.all().stream().map(k -> folder.resolve(k.overrideName)).toList();
            if (override.stream().anyMatch(Files::isRegularFile)) {
                return Optional.of(new Found(override, folder.toString(), false));
            }
            Optional<Found> times = timesNewRomanIn(folder);
            if (times.isPresent()) {
                return times;
            }
        }
        for (Path folder : folders) {
            Optional<Found> times = timesNewRomanIn(folder);
            if (times.isPresent()) {
                return times;
            }
        }
        return Optional.empty();
    }

    /** The four files of a place {@link #find} found, in {@link Face.Kind} order. */
    private record Found(List<Path> files, String source, boolean timesNewRoman) {
    }

    private static PdfFonts read(Optional<Found> found) throws IOException {
        if (found.isEmpty()) {
            return bundled();
        }
        List<Face> faces = new ArrayList<>();
        for (Face.Kind kind : Face.Kind.all()) {
            Path file = found.get().files().get(kind.ordinal());
            if (!found.get().timesNewRoman()) { // an office's own serif files: all four, each readable
                if (!Files.isRegularFile(file)) {
                    throw new UnusableFile(file.toString(), Message.of("render.font-missing"));
                }
                byte[] data = Files.readAllBytes(file);
                readable(file, data);
                faces.add(new Face(kind, data));
            } else {
                faces.add(new Face(kind, Files.readAllBytes(file)));
            }
        }
        return new PdfFonts(faces, found.get().source(), found.get().timesNewRoman());
    }

    /** Times New Roman, all four faces, in one folder (searched a few levels deep). */
    private static Optional<Found> timesNewRomanIn(Path folder) throws IOException {
        java.util.Map<String, Path> byName = trueTypeFiles(folder);
        List<Path> found = new ArrayList<>();
        for (Face.Kind kind : Face.Kind.all()) {
            Optional<Path> file = timesFile(kind, byName);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            found.add(file.get());
        }
        for (Face.Kind kind : Face.Kind.all()) {
            // An old or Western-only Times New Roman: "#" for every ộ, ủ (s28 tryout F2); another font under Times
            // New Roman's file name, Liberation Serif renamed, printed as if it were the decree's font (s29 tryout F8).
            if (!FaceName.of(found.get(kind.ordinal())).fits(kind)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(found, "Times New Roman (" + folder + ")", true));
    }

    /** The file of {@code kind} among a folder's TrueType files, by any name Times New Roman is installed under. */
    private static Optional<Path> timesFile(Face.Kind kind, java.util.Map<String, Path> byName) {
        return kind.timesNames.stream().map(byName::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * The TrueType files in {@code folder} and a few levels below, by lower-case file name (the first in path order
     * when two share one); empty when it is not a folder or cannot be read.
     */
    private static java.util.Map<String, Path> trueTypeFiles(Path folder) throws IOException {
        java.util.Map<String, Path> byName = new java.util.HashMap<>();
        if (!Files.isDirectory(folder)) {
            return byName;
        }
        try (java.util.stream.Stream<Path> files = Files.find(folder, FOLDER_DEPTH,
                (file, attributes) -> attributes.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))) {
            files.sorted().forEach(file -> byName.putIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT), file));
        } catch (java.io.UncheckedIOException e) {
            byName.clear(); // an unreadable sub-folder: not a usable font folder
        }
        return byName;
    }

    /**
     * What one of the office's folders holds of Times New Roman, for the stand-in warning to say what is missing
     * where (s28 tryout F7: three files of four, or a PLANDOC_FONTS folder mistyped, got the same sentence as none).
     *
     * @param folder            the folder looked in
     * @param exists            whether it is a folder
     * @param trueType          whether it holds any .ttf file
     * @param missing           the faces none of whose file names it holds
     * @param withoutVietnamese the faces it holds in a file lacking Vietnamese letters (passed over), with that file
     * @param otherFonts        the files under a face's name that hold another font or face (passed over)
     */
    public record FolderSearch(Path folder, boolean exists, boolean trueType, List<MissingFace> missing,
                               List<MissingFace> withoutVietnamese, List<OtherFont> otherFonts) {
        public FolderSearch {
            missing = List.copyOf(missing);
            withoutVietnamese = List.copyOf(withoutVietnamese);
            otherFonts = List.copyOf(otherFonts);
        }

        /** Every face missing or unusable: the four when it holds no Times New Roman at all. */
        public List<MissingFace> lacking() {
            List<MissingFace> all = new ArrayList<>(missing);
            all.addAll(withoutVietnamese);
            otherFonts.forEach(other -> all.add(other.missing()));
            all.sort(java.util.Comparator.comparing(f -> Face.Kind.valueOf(f.face())));
            return all;
        }
    }

    /**
     * A face of Times New Roman not found: its file name ({@code timesbi.ttf}, or the file found) and which face
     * ({@code REGULAR}, {@code BOLD}, {@code ITALIC}, {@code BOLD_ITALIC}, in that order).
     */
    public record MissingFace(String file, String face) {
    }

    /**
     * A file under the name of a Times New Roman face ({@code face}, as in {@link MissingFace}) whose name table says it
     * is another font, or another face: its {@code family} and {@code subfamily} ("Liberation Serif", "Regular").
     */
    public record OtherFont(String file, String face, String family, String subfamily) {
        /** Whether it is Times New Roman, only not the face its file name says (timesbd.ttf holding the regular). */
        public boolean timesNewRoman() {
            return FaceName.TIMES.equalsIgnoreCase(family);
        }

        /** The file and face, as the faces missing are listed. */
        public MissingFace missing() {
            return new MissingFace(file, face);
        }
    }

    /**
     * What the templates' {@code fonts/} folder, then the office's folder ({@value #FOLDER_VARIABLE}), hold of Times
     * New Roman, in the order {@link #load(Path, Optional)} looks. Reads the files found to tell an old Times New
     * Roman without the Vietnamese letters, as the search does.
     */
    public static List<FolderSearch> searched(Path templatesDir, Optional<Path> officeFonts) throws IOException {
        List<FolderSearch> searched = new ArrayList<>();
        for (Path folder : ownFolders(templatesDir, officeFonts)) {
            java.util.Map<String, Path> byName = trueTypeFiles(folder);
            List<MissingFace> missing = new ArrayList<>();
            List<MissingFace> old = new ArrayList<>();
            List<OtherFont> others = new ArrayList<>();
            for (Face.Kind kind : Face.Kind.all()) {
                Optional<Path> file = timesFile(kind, byName);
                if (file.isEmpty()) {
                    missing.add(new MissingFace(kind.timesNames.get(0), kind.name()));
                    continue;
                }
                String name = file.get().getFileName().toString();
                FaceName read = FaceName.of(file.get());
                if (!read.vietnamese()) {
                    old.add(new MissingFace(name, kind.name()));
                } else if (!read.fits(kind)) {
                    others.add(new OtherFont(name, kind.name(), read.family(), read.subfamily()));
                }
            }
            searched.add(new FolderSearch(folder, Files.isDirectory(folder), !byName.isEmpty(), missing, old, others));
        }
        return searched;
    }

    /**
     * What a file under a Times New Roman name holds: the family and subfamily its name table gives (FontBox's reading
     * of the English names) and whether it draws every Vietnamese letter. Read once per file version (path, size,
     * modification time) in a process: every check and build looks, and a build looks more than once.
     */
    private record FaceName(String family, String subfamily, boolean vietnamese) {
        static final String TIMES = "Times New Roman";
        private static final java.util.Map<Path, java.util.Map.Entry<String, FaceName>> READ =
                new java.util.concurrent.ConcurrentHashMap<>();

        static FaceName of(Path file) throws IOException {
            java.nio.file.attribute.BasicFileAttributes attributes =
                    Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            String version = attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            java.util.Map.Entry<String, FaceName> known = READ.get(file);
            if (known != null && known.getKey().equals(version)) {
                return known.getValue();
            }
            FaceName read = read(Files.readAllBytes(file));
            READ.put(file, java.util.Map.entry(version, read));
            return read;
        }

        private static FaceName read(byte[] data) throws IOException {
            try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(data))) {
                org.apache.fontbox.ttf.NamingTable naming = font.getNaming();
                String family = naming == null ? null : naming.getFontFamily();
                String subfamily = naming == null ? null : naming.getFontSubFamily();
                return new FaceName(family == null ? "" : family.strip(), subfamily == null ? "" : subfamily.strip(),
                        lacking(font).isEmpty());
            } catch (IOException | RuntimeException e) {
                return new FaceName("", "", false); // unreadable: not a face to print with
            }
        }

        /** Whether it is Times New Roman's face {@code kind}, with the Vietnamese letters. */
        boolean fits(Face.Kind kind) {
            return vietnamese && TIMES.equalsIgnoreCase(family)
                    && kind.subfamilies.contains(subfamily.toLowerCase(Locale.ROOT).replace(" ", ""));
        }
    }

    /** The letters of Vietnamese a face must draw (TCVN 6909:2001), both cases. */
    private static final String VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    /** The Vietnamese letters the face in {@code data} has no glyph for ("" when it draws them all). */
    private static String lacking(byte[] data) throws IOException {
        try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(data))) {
            return lacking(font);
        } catch (RuntimeException e) {
            return VIETNAMESE; // unreadable: not a face to print with
        }
    }

    private static String lacking(org.apache.fontbox.ttf.TrueTypeFont font) throws IOException {
        org.apache.fontbox.ttf.CmapLookup cmap = font.getUnicodeCmapLookup();
        StringBuilder lacking = new StringBuilder();
        (VIETNAMESE + VIETNAMESE.toUpperCase(Locale.ROOT)).codePoints()
                .filter(c -> cmap == null || cmap.getGlyphId(c) == 0).forEach(lacking::appendCodePoint);
        return lacking.toString();
    }

    /**
     * An office's own face read through as the PDF will read it (its glyph count, widths and Unicode map): a damaged or
     * non-TrueType file is an error at the file. openhtmltopdf passes over a face it cannot read, so the PDF printed
     * with letters missing at exit 0, or stopped with a defect's exit 3 (s23 re-read M2).
     */
    private static void readable(Path file, byte[] data) throws IOException {
        try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(data))) {
            if (font.getNumberOfGlyphs() <= 0 || font.getHorizontalMetrics() == null
                    || font.getUnicodeCmapLookup() == null) {
                throw new IOException("no glyphs, widths or Unicode map");
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableFile(file.toString(), Message.of("render.font-metrics-unreadable",
                    file.getFileName().toString(), String.valueOf(e.getMessage())));
        }
        String lacking = lacking(data);
        if (!lacking.isEmpty()) {
            throw new UnusableFile(file.toString(), Message.of("render.font-no-vietnamese", file.getFileName().toString(),
                    lacking.length() > 12 ? lacking.substring(0, 12) + "…" : lacking));
        }
    }

    /** Liberation Serif from the classpath: free to embed and to publish as a web font. */
    public static PdfFonts bundled() throws IOException {
        List<Face> faces = new ArrayList<>();
        List<byte[]> files = Bundled.files();
        for (Face.Kind kind : Face.Kind.all()) {
            faces.add(new Face(kind, files.get(kind.ordinal())));
        }
        return new PdfFonts(faces, "Liberation Serif", false);
    }

    /**
     * The bundled faces as web fonts, cut down to the characters a plan prints ({@link WebFontSubset}): file name →
     * bytes (never an office's licensed override).
     */
    public static List<WebFont> webFonts() throws IOException {
        List<WebFont> fonts = new ArrayList<>();
        for (String name : bundledNames()) {
            fonts.add(new WebFont(name, WebFontSubset.packaged(name)));
        }
        return fonts;
    }

    /** The bundled faces' file names: regular, bold, italic, bold italic. */
    static List<String> bundledNames() {
        return Face.Kind.all().stream().map(kind -> kind.bundledName).toList();
    }

    /**
     * The bundled files, inflated from the jar once per process: a build prints with them (~1.6 MB, about 8 ms
     * of inflating). Never written to: {@link Face} and {@link GlyphSubstitution} copy before changing anything.
     */
    private static final class Bundled {
        private static List<byte[]> files;

        static synchronized List<byte[]> files() throws IOException {
            if (files == null) {
                List<byte[]> read = new ArrayList<>();
                for (Face.Kind kind : Face.Kind.all()) {
                    read.add(readResource(BUNDLED + kind.bundledName));
                }
                files = List.copyOf(read);
            }
            return files;
        }
    }

    void registerWith(PdfRendererBuilder builder) {
        registerWith(builder, false);
    }

    /** As {@link #registerWith(PdfRendererBuilder)}; {@code svg}: for the SVG drawer's text too ({@link SvgDrawer}). */
    void registerWith(PdfRendererBuilder builder, boolean svg) {
        Set<BaseRendererBuilder.FSFontUseCase> uses = svg
                ? EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG)
                : EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT);
        for (Face face : faces) {
            byte[] data = GlyphSubstitution.withoutSubstitution(face.data);
            builder.useFont(() -> new ByteArrayInputStream(data), FAMILY, face.kind.weight, face.kind.style, true, uses);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
    }

    /**
     * The four faces' files, regular, bold, italic, bold italic: the Word copy draws an SVG's text in them too
     * (docx.SvgPicture), as the PDF does. Copies.
     */
    public List<byte[]> faceFiles() {
        return faces.stream().map(face -> face.data().clone()).toList();
    }

    /** Identifies the font files, so a different font gives a different PDF document id. */
    byte[] fingerprint() {
        // Runs the task here when the thread has not started it yet (FutureTask runs once).
        fingerprint.run();
        try {
            return fingerprint.get().clone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing the fonts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e.getCause());
        }
    }

    /** Whether Times New Roman itself was found (false: Liberation Serif, or an office's own serif files). */
    /** The regular face's file (issue 12: the organisation's signature text on a separate appendix file). */
    public byte[] regular() {
        return faces.stream().filter(f -> f.kind() == Face.Kind.REGULAR).findFirst().orElseThrow().data().clone();
    }

    public boolean timesNewRoman() {
        return timesNewRoman;
    }

    /** Whether the bundled Liberation Serif stands in for Times New Roman: the build says so once. */
    public boolean fallback() {
        return source.equals("Liberation Serif");
    }

    /** Where the faces came from, for messages. */
    public String source() {
        return source;
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw missingFromJar(name);
            }
            return in.readAllBytes();
        }
    }

    /** A file plandoc's own jar must hold: without it the jar is broken, a fault of plandoc and not the officer's. */
    private static IllegalStateException missingFromJar(String name) {
        return new IllegalStateException(name + ": not in plandoc's jar; the jar is incomplete");
    }

    private static byte[] digest(List<Face> faces) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            faces.forEach(face -> sha.update(face.data));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The name of the bundled fonts' licence (SIL OFL 1.1) published beside them. */
    public static final String LICENCE_FILE = "OFL.txt";

    /** The bundled fonts' licence text, with their copyright lines. */
    public static byte[] licence() throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/plandoc/fonts/" + LICENCE_FILE)) {
            if (in == null) {
                throw missingFromJar(LICENCE_FILE);
            }
            return in.readAllBytes();
        }
    }

    /** A web font file published under {@code site/assets/fonts/}. */
    public record WebFont(String fileName, byte[] data) {
    }

    private record Face(Kind kind, byte[] data) {
        enum Kind {
            REGULAR("serif-regular.ttf", "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL,
                    List.of("times.ttf", "times new roman.ttf", "times_new_roman.ttf", "timesnewroman.ttf"),
                    List.of("regular", "normal", "roman")),
            BOLD("serif-bold.ttf", "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL,
                    List.of("timesbd.ttf", "times new roman bold.ttf", "times_new_roman_bold.ttf", "timesnewromanbold.ttf"),
                    List.of("bold")),
            ITALIC("serif-italic.ttf", "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC,
                    List.of("timesi.ttf", "times new roman italic.ttf", "times_new_roman_italic.ttf", "timesnewromanitalic.ttf"),
                    List.of("italic")),
            BOLD_ITALIC("serif-bold-italic.ttf", "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC,
                    List.of("timesbi.ttf", "times new roman bold italic.ttf", "times_new_roman_bold_italic.ttf",
                            "timesnewromanbolditalic.ttf"),
                    List.of("bolditalic"));

            final String overrideName;
            final String bundledName;
            final int weight;
            final FontStyle style;
            /** Lower-case file names Times New Roman is installed under (Windows, macOS, msttcorefonts). */
            final List<String> timesNames;
            /** The subfamily names (name table, lower case without spaces) Times New Roman gives this face. */
            final List<String> subfamilies;

            Kind(String overrideName, String bundledName, int weight, FontStyle style, List<String> timesNames,
                 List<String> subfamilies) {
                this.overrideName = overrideName;
                this.bundledName = bundledName;
                this.weight = weight;
                this.style = style;
                this.timesNames = timesNames;
                this.subfamilies = subfamilies;
            }

            static List<Kind> all() {
                return List.of(values());
            }
        }
    }
}
