package plandoc.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over strings and file trees, as hex. A tree's digest covers each file's path relative to
 * the root and its bytes, so renaming a file changes it as much as editing one.
 */
final class Digest {
    private final MessageDigest sha;

    /**
     * Cloned for each digest: a build makes one per plan (its key) and the provider look-up of
     * {@code getInstance} cost more than the hashing (issue 17).
     */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    Digest() {
        sha = fresh();
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException never) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", never);
            }
        }
    }

    /** Bytes, length-prefixed as {@link #add(String)} adds text. */
    Digest add(byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
        return this;
    }

    Digest add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
        return this;
    }

    Digest addFile(Path file) throws IOException {
        add(Long.toString(Files.size(file)));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return this;
    }

    /** Every regular file under {@code root} but editors' scratch files, in path order. */
    Digest addTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return add("(none)");
        }
        for (Path file : files(root)) {
            add(root.relativize(file).toString().replace('\\', '/'));
            addFile(file);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isScratch(p)).sorted().toList();
        }
    }

    /**
     * Swap, backup and lock files editors leave next to what is edited (".plan.yaml.swp", "plan.yaml~",
     * ".#plan.yaml", vim's "4913" probe) and our own temporary files: counting them would re-render a
     * plan each time an editor opens it.
     */
    static boolean isScratch(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo") || name.startsWith(".#")
                || name.endsWith("~") || name.equals("4913") || name.startsWith(".") && name.endsWith(".tmp");
    }
}
