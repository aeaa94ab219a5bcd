package plandoc.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a stable partition of the plans, for {@code build --shard K/N} (issue 16): a plan
 * belongs to shard K of N when the first 8 bytes of the SHA-256 of its slug (UTF-8), read as an
 * unsigned big-endian number, leave K − 1 when divided by N. It depends on the slug alone, so a plan
 * stays in its shard whatever other plans are added or removed, and every CI node computes the same
 * partition.
 *
 * @param index K, from 1
 * @param count N
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(index + "/" + count);
        }
    }

    /** "K/N" with 1 ≤ K ≤ N; empty for anything else. */
    public static Optional<Shard> parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        return k >= 1 && n >= 1 && k <= n ? Optional.of(new Shard(k, n)) : Optional.empty();
    }

    /** The shard (1-based) of N that holds {@code slug}. */
    public static int of(String slug, int count) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(slug.getBytes(StandardCharsets.UTF_8));
            long head = 0;
            for (int i = 0; i < 8; i++) {
                head = head << 8 | (sha[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(head, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public boolean contains(String slug) {
        return of(slug, count) == index;
    }

    /** The plan folders of this shard, in their order. */
    public List<Path> select(List<Path> folders) {
        return folders.stream().filter(f -> contains(f.getFileName().toString())).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
