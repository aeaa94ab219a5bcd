package plandoc.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The templates a command renders with, as one folder on disk (the renderers, the PDF's CSS, the build
 * cache and {@code serve} all read a folder).
 *
 * <ul>
 * <li>No {@code templates/} folder: the defaults packaged in plandoc, unpacked once into a folder named after
 * their digest under the system's temporary directory.</li>
 * <li>A folder holding every default file (plandoc's own repository, an exported copy): used as it is, so
 * {@code serve} sees each edit.</li>
 * <li>A folder holding only some files: those files replace the defaults of the same name; the two are
 * merged into a folder named after the digest of the result.</li>
 * </ul>
 */
public final class TemplateFolder {
    /** Where {@code pom.xml} puts the top-level {@code templates/} folder inside the jar. */
    static final String PACKAGED = "/plandoc/default-templates";

    private TemplateFolder() {
    }

    /** The folder to render with, given the author's folder ({@code --templates}, or ./templates when present). */
    public static Path resolve(Path authorFolder) throws IOException {
        if (authorFolder == null || !Files.isDirectory(authorFolder)) {
            return materialise(packaged());
        }
        // Names only: a folder with every default file is used as it is, without reading a file of either
        // (issue 17: reading both through a zip file system was ~30 ms of a build before its first plan).
        if (names(authorFolder).containsAll(packagedNames())) {
            return authorFolder;
        }
        Map<String, byte[]> merged = new TreeMap<>(packaged());
        merged.putAll(read(authorFolder));
        return materialise(merged);
    }

    /**
     * The templates ({@code .ftlh}) of the author's folder that are not plandoc's own byte for byte (relative
     * paths, sorted): those a province edited or added. plandoc's own need no checking, and a folder that holds
     * them unchanged (plandoc's repository, a fresh export) costs {@code check} no template parsing.
     */
    public static List<String> edited(Path authorFolder) throws IOException {
        List<String> edited = new ArrayList<>();
        if (authorFolder == null || !Files.isDirectory(authorFolder)) {
            return edited;
        }
        for (String name : names(authorFolder)) {
            if (!name.endsWith(".ftlh")) {
                continue;
            }
            byte[] own;
            try (java.io.InputStream in = TemplateFolder.class.getResourceAsStream(PACKAGED + "/" + name)) {
                own = in == null ? null : in.readAllBytes();
            }
            if (own == null || !java.util.Arrays.equals(own, Files.readAllBytes(authorFolder.resolve(name)))) {
                edited.add(name);
            }
        }
        return edited;
    }

    /**
     * A place in a template ({@code …/plan.ftlh:14:48}) as the author knows it: a file of their folder is named
     * there, not in the merged copy under the temporary directory that plandoc renders from.
     *
     * @param rendered the folder {@link #resolve} returned
     * @param author   the folder it was given
     */
    public static String shown(String location, Path rendered, Path author) {
        String prefix = rendered.toString().replace('\\', '/') + "/";
        if (rendered.equals(author) || !location.startsWith(prefix)) {
            return location;
        }
        String rest = location.substring(prefix.length());
        int colon = rest.indexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        return Files.isRegularFile(author.resolve(name)) ? author.resolve(name).toString().replace('\\', '/')
                + (colon < 0 ? "" : rest.substring(colon)) : location;
    }

    /** Copies the default templates into {@code target} for a province to edit; never overwrites a file. */
    public static int export(Path target) throws IOException {
        int written = 0;
        for (Map.Entry<String, byte[]> file : packaged().entrySet()) {
            Path out = target.resolve(file.getKey());
            Files.createDirectories(out.getParent());
            try {
                Files.write(out, file.getValue(), java.nio.file.StandardOpenOption.CREATE_NEW);
                written++;
            } catch (FileAlreadyExistsException e) {
                // the province's own version stays
            }
        }
        return written;
    }

    /**
     * The packaged defaults' relative paths, listed from the jar plandoc runs from (the class loader's
     * own copy: no zip file system, whose providers' look-up opens every jar on the class path).
     */
    static Set<String> packagedNames() throws IOException {
        URL marker = marker();
        if (!marker.getProtocol().equals("jar")) {
            return packaged().keySet(); // classes in a folder (tests, an IDE)
        }
        return namesInJar(marker);
    }

    /** The files beside {@code marker}, an entry of a jar ({@code jar:file:…!/plandoc/default-templates/plan.ftlh}). */
    static Set<String> namesInJar(URL marker) throws IOException {
        String prefix = PACKAGED.substring(1) + "/";
        Set<String> names = new TreeSet<>();
        // A cached connection's JarFile is shared by every jar: URL of plandoc's jar: it must stay open.
        JarFile jar = ((JarURLConnection) marker.openConnection()).getJarFile();
        jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                .forEach(e -> names.add(e.getName().substring(prefix.length())));
        return names;
    }

    /** The relative paths of the regular files under {@code root}, as {@link #read} keys them. */
    private static Set<String> names(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static URL marker() {
        URL marker = TemplateFolder.class.getResource(PACKAGED + "/plan.ftlh");
        if (marker == null) {
            throw new IllegalStateException("plandoc was built without its templates (" + PACKAGED + ")");
        }
        return marker;
    }

    /** The packaged defaults, by relative path ("partials/document.ftlh"). */
    static Map<String, byte[]> packaged() throws IOException {
        URL marker = marker();
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(jar.getPath(PACKAGED));
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** Writes the files once into a folder named by their digest; a complete folder is reused as it is. */
    private static Path materialise(Map<String, byte[]> files) throws IOException {
        String digest = digest(files);
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "plandoc-templates-" + System.getProperty("user.name", "user"));
        Path folder = base.resolve(digest);
        if (Files.isRegularFile(folder.resolve(".complete"))) {
            return folder;
        }
        Files.createDirectories(base);
        Path staging = Files.createTempDirectory(base, "staging-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path out = staging.resolve(file.getKey());
            Files.createDirectories(out.getParent());
            Files.write(out, file.getValue());
        }
        Files.write(staging.resolve(".complete"), new byte[0]);
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another plandoc unpacked the same files first: theirs is identical.
            deleteTree(staging);
            if (!Files.isRegularFile(folder.resolve(".complete"))) {
                throw e;
            }
        }
        return folder;
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
