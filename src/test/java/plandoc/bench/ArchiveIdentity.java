package plandoc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks that the class-data archive and the JDK change nothing but speed (issue 17): for each JDK given
 * (default: {@code java} on the PATH and every JDK 24+ under {@code /usr/lib/jvm}), and then for the JDK
 * the wrapper chooses itself ({@code PLANDOC_JAVA} unset), builds the bundled content
 * through {@code ./plandoc} with the archive ({@code PLANDOC_CDS=wait}: made first if missing) and
 * without it ({@code PLANDOC_CDS=off}), compares every file of the two sites byte for byte, and compares
 * each JDK's site with the first JDK's. Not
 * part of CI (the wrapper needs the packaged jar). From the project folder, after {@code mvn package}:
 * <pre>
 * java -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.bench.ArchiveIdentity [JAVA ...]
 * </pre>
 * Exits 1 when any file differs, with the archive or between JDKs.
 */
public final class ArchiveIdentity {
    /** Stands for "PLANDOC_JAVA unset": the wrapper's own JDK choice. */
    private static final String CHOICE = "(the wrapper's choice)";

    private ArchiveIdentity() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/bench/identity");
        List<String> javas = new ArrayList<>(Arrays.asList(args));
        if (javas.isEmpty()) {
            javas.add("java");
            try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
                jdks.filter(d -> d.getFileName().toString().matches(".*-(2[4-9]|[3-9][0-9])(-jdk)?-.*"))
                        .map(d -> d.resolve("bin/java")).filter(Files::isExecutable).sorted()
                        .forEach(j -> javas.add(j.toString()));
            } catch (IOException e) {
                // no other JDKs
            }
        }
        // Last: no PLANDOC_JAVA, the JDK the wrapper chooses itself (a newer one than the PATH's, if installed).
        javas.add(CHOICE);
        boolean same = true;
        Map<String, Map<String, byte[]>> byJdk = new java.util.LinkedHashMap<>();
        for (int i = 0; i < javas.size(); i++) {
            String java = javas.get(i);
            Map<String, byte[]> with = build(project, java, "wait", work.resolve(i + "-archive"));
            Map<String, byte[]> without = build(project, java, "off", work.resolve(i + "-off"));
            List<String> differing = differing(with, without);
            System.out.println(java + ": " + with.size() + " files; with and without the archive "
                    + (differing.isEmpty() ? "byte-identical" : "DIFFER: " + differing));
            same &= differing.isEmpty();
            byJdk.put(java, with);
        }
        Map<String, byte[]> first = byJdk.get(javas.get(0));
        for (String java : javas.subList(1, javas.size())) {
            List<String> differing = differing(first, byJdk.get(java));
            System.out.println(javas.get(0) + " and " + java + ": "
                    + (differing.isEmpty() ? "byte-identical" : "DIFFER: " + differing));
            same &= differing.isEmpty();
        }
        System.exit(same ? 0 : 1);
    }

    private static Map<String, byte[]> build(Path project, String java, String cds, Path out)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", project.resolve("plandoc").toString(), "build", "--quiet",
                "--out", out.toString()).directory(project.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (java.equals(CHOICE)) {
            builder.environment().remove("PLANDOC_JAVA");
        } else {
            builder.environment().put("PLANDOC_JAVA", java);
        }
        builder.environment().put("PLANDOC_CDS", cds);
        delete(out);
        int exit = builder.start().waitFor();
        if (exit > 1) {
            throw new IllegalStateException(java + " PLANDOC_CDS=" + cds + ": plandoc build exited " + exit);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(f).toString();
                // The lock, and the check record (it holds the files' modification times), are not output.
                if (!name.equals(".plandoc.lock") && !name.equals(".plandoc-check.json")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    private static List<String> differing(Map<String, byte[]> a, Map<String, byte[]> b) {
        List<String> names = new ArrayList<>();
        java.util.Set<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        for (String name : all) {
            if (!a.containsKey(name) || !b.containsKey(name) || !Arrays.equals(a.get(name), b.get(name))) {
                names.add(name);
            }
        }
        return names;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
