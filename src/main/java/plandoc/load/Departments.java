package plandoc.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provincial departments ("Sở Tài chính", "Sở Khoa học và Công nghệ") as the starter register {@code plandoc
 * new} writes names them: one list, so a name checked for its marks is held against what a new province is given.
 * Longest first, so "Sở Văn hóa, Thể thao và Du lịch" is tried before a shorter name it begins with.
 */
final class Departments {
    static final List<String> NAMES = read();

    private Departments() {
    }

    private static List<String> read() {
        try (InputStream in = Departments.class.getResourceAsStream("/plandoc/scaffold/agencies.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("name: (?:\"([^\"]+)\"|([^,}\\n]+))").matcher(text);
            List<String> out = new ArrayList<>();
            while (m.find()) {
                String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                if (name.startsWith("Sở ")) {
                    out.add(name);
                }
            }
            out.sort(Comparator.comparingInt(String::length).reversed());
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
