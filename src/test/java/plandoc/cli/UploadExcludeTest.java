package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site holds plandoc's bookkeeping (history with git authors, the check log with local paths, the published
 * sources, caches, the lock). The guides tell the administrator to copy {@code site/} without {@code .plandoc*}
 * (rsync {@code --exclude}, robocopy {@code /XF /XD}: a name at any depth): that pattern must leave out every
 * hidden file of the site, keep every public one, and no public page may point into the bookkeeping.
 */
class UploadExcludeTest {
    /** The exclude pattern the guides give, matched against each name in a path as rsync and robocopy do. */
    private static final PathMatcher DOCUMENTED = FileSystems.getDefault().getPathMatcher("glob:.plandoc*");
    /** An attribute whose value names a .plandoc file: a link, a source, a form's target, a data attribute. */
    private static final Pattern LINK = Pattern.compile("<[^>]*\\s(?:href|src|srcset|action|poster|content|data-[a-z-]+)\\s*=\\s*[\"']?[^\"'>\\s]*\\.plandoc");
    private static final Pattern ANY = Pattern.compile(".{0,60}\\.plandoc.{0,20}");
    private static final Set<String> TEXT = Set.of("html", "js", "json", "xml", "css", "csv", "txt", "svg");

    @TempDir
    static Path temp;
    static Path site;
    static Cli.Result first;

    @BeforeAll
    static void buildBundledContent() throws IOException {
        Path content = temp.resolve("content");
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.toList()) {
                Path target = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        site = temp.resolve("site");
        first = Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out", site.toString());
        assertEquals(0, first.exit(), first.errText());
    }

    private static boolean excluded(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).anyMatch(DOCUMENTED::matches);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(site::relativize).sorted().toList();
        }
    }

    @Test
    void theDocumentedPatternLeavesOutEveryHiddenFileAndNothingPublic() throws IOException {
        List<Path> left = new ArrayList<>();
        List<Path> uploaded = new ArrayList<>();
        for (Path file : files()) {
            (excluded(file) ? left : uploaded).add(file);
        }
        // The bookkeeping is really there, and really left behind (else this test proves nothing).
        assertTrue(left.contains(Path.of(".plandoc-check.json")) || left.contains(Path.of(".plandoc-cache.json")), left::toString);
        assertTrue(left.stream().anyMatch(f -> f.startsWith(".plandoc/published")), left::toString);
        assertTrue(left.stream().anyMatch(f -> f.startsWith(".plandoc/records")), left::toString);
        // A hidden file named otherwise would be uploaded: a new bookkeeping file must start with ".plandoc".
        for (Path file : uploaded) {
            for (Path name : file) {
                assertFalse(name.toString().startsWith("."), () -> "uploaded though hidden: " + file);
            }
        }
        // What the portal needs is still uploaded.
        for (String slug : List.of("ha-tinh-424-2022", "ha-tinh-4086-2012")) {
            assertTrue(uploaded.contains(Path.of(slug, "index.html")), slug);
            assertTrue(uploaded.stream().anyMatch(f -> f.startsWith(slug) && f.toString().endsWith(".pdf")), slug);
        }
        assertTrue(uploaded.contains(Path.of("index.html")));
    }

    @Test
    void noPublicFileNamesTheBookkeeping() throws IOException {
        assertTrue(LINK.matcher("<a href=\"../.plandoc-check.json\">").find());
        assertFalse(LINK.matcher("<p>trừ <code>.plandoc/</code>: <code>rsync --exclude='.plandoc*'</code></p>").find());
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (excluded(file) || !TEXT.contains(name.substring(name.lastIndexOf('.') + 1))) {
                continue;
            }
            String text = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
            // The officer's guide, published with the site, may name the files in its text; no page may link to one.
            java.util.regex.Matcher link = (name.endsWith(".html") ? LINK : ANY).matcher(text);
            assertFalse(link.find(), () -> file + " points into plandoc's bookkeeping: " + link.group());
        }
    }

    @Test
    void theFirstBuildSaysWhatToUploadAndLaterBuildsDoNot() throws IOException {
        String line = "Để đăng lên cổng: chép thư mục " + site + ", trừ các tệp và thư mục có tên bắt đầu bằng .plandoc";
        String guide = site + "/huong-dan/index.html, mục 1).";
        assertEquals(1, first.out().stream().filter(l -> l.startsWith(line) && l.endsWith(guide)).count(), first.outText());
        // The page it points to is the published guide, and it holds the section that says how.
        assertTrue(Files.readString(site.resolve("huong-dan/index.html")).contains("Chép lên cổng: trừ sổ sách của plandoc"));
        Cli.Result again = Cli.run("build", "--content", temp.resolve("content").toString(), "--templates", "templates",
                "--out", site.toString());
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.out().stream().anyMatch(l -> l.startsWith("Đã tạo")), again.outText());
        assertTrue(again.out().stream().noneMatch(l -> l.contains(".plandoc")), again.outText());
    }
}
