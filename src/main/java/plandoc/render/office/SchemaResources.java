package plandoc.render.office;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * XMLBeans' compiled schema types ({@code .xsb} resources), read straight from the jar that holds their
 * type system's {@code index.xsb}, instead of one class-loader look-up per type (the JDK's modules, then
 * each jar of the class path, then a {@code jar:} URL connection): issue 17, about 300 look-ups for a
 * plan's Word and Excel files in a fresh JVM. Called from plandoc's patched copy of XMLBeans'
 * {@code ClassLoaderResourceLoader}. The bytes read are the same entry of the same jar the class loader
 * finds; a resource that jar does not hold, or a type system not in a jar, is left to the class loader.
 */
public final class SchemaResources {
    private static final String SUFFIX = ".xsb";
    private static final String INDEX = "index.xsb";

    /**
     * Per class loader and folder: the jar holding the folder's index, or none. Static because XMLBeans' own
     * static loader calls here; weak keys, so a class loader that is done with (a test's, a plug-in's) is not kept.
     */
    private static final Map<ClassLoader, Map<String, Optional<JarFile>>> JARS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private SchemaResources() {
    }

    /** The resource's bytes from its type system's jar, or null to look it up through the class loader. */
    public static InputStream open(ClassLoader loader, String name) {
        int slash = name.lastIndexOf('/');
        if (loader == null || slash < 0 || !name.endsWith(SUFFIX) || name.endsWith("/" + INDEX)) {
            return null;
        }
        String folder = name.substring(0, slash + 1);
        Optional<JarFile> jar = JARS.computeIfAbsent(loader, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(folder, f -> jarOf(loader.getResource(f + INDEX)));
        if (jar.isEmpty()) {
            return null;
        }
        try {
            ZipEntry entry = jar.get().getEntry(name);
            return entry == null ? null : jar.get().getInputStream(entry);
        } catch (IOException | IllegalStateException e) {
            return null;
        }
    }

    /** The jar of a {@code jar:file:} URL, opened once and kept open for the JVM's life, like a class loader's. */
    private static Optional<JarFile> jarOf(URL index) {
        if (index == null || !index.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        try {
            URL file = ((JarURLConnection) index.openConnection()).getJarFileURL();
            if (!file.getProtocol().equals("file")) {
                return Optional.empty();
            }
            return Optional.of(new JarFile(new java.io.File(file.toURI()), false));
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
