package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plandoc new}, {@code schema}, the options of {@code build} and the argument checks of {@code serve}. */
class AuthoringCommandsTest {
    @TempDir
    Path temp;

    private Path content() {
        return temp.resolve("content");
    }

    @Test
    void newWritesAStarterPlanThatPassesCheckAndNeverOverwrites() throws IOException {
        for (String type : new String[] {"ke-hoach", "quyet-dinh"}) {
            String slug = "thu-" + type;
            Cli.Result created = Cli.runNew("new", slug, "--type", type, "--content", content().toString());
            assertEquals(0, created.exit(), created.errText());
            Path plan = content().resolve(slug).resolve("plan.yaml");
            String text = Files.readString(plan, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# yaml-language-server: $schema="), "the schema line comes first");
            assertTrue(text.contains("site/schema/plan.schema.json"));
            // Every placeholder filled in (@UNIT@, @KIND@, @LAUNCHER@ and the rest).
            assertFalse(text.matches("(?s).*@[A-Z]+@.*"), text);

            Cli.Result check = Cli.run("check", content().resolve(slug).toString());
            assertEquals("", check.errText(), "no errors and no warnings");
            assertEquals(0, check.exit());

            Cli.Result again = Cli.runNew("new", slug, "--content", content().toString());
            assertEquals(1, again.exit());
            assertTrue(again.errText().contains("không ghi đè"), again.errText());
            assertEquals(text, Files.readString(plan, StandardCharsets.UTF_8), "the plan is untouched");
        }
    }

    @Test
    void newRefusesAnUnusableSlugOrTypeAndSuggestsOne() {
        Cli.Result slug = Cli.runNew("new", "Kế hoạch số 5", "--content", content().toString());
        assertEquals(2, slug.exit());
        assertTrue(slug.errText().contains("\"ke-hoach-so-5\""), slug.errText());
        Cli.Result type = Cli.runNew("new", "ke-hoach-5", "--type", "bao-cao", "--content", content().toString());
        assertEquals(2, type.exit());
        assertTrue(type.errText().contains("quyet-dinh"), type.errText());
        assertFalse(Files.exists(content()), "nothing written");
    }

    /** "new content/foo" made the name "content-foo" its suggestion (s26 tryout): the officer typed where, not what. */
    @Test
    void newGivenAPathNamesTheFolderToTypeAndWhereItGoes() {
        String inContent = content().resolve("ke-hoach-5").toString() + "/";
        Cli.Result path = Cli.runNew("new", inContent, "--content", content().toString());
        assertEquals(2, path.exit());
        assertTrue(path.errText().contains("là một đường dẫn"), path.errText());
        // The whole command: this content folder and the province runNew gave (s31).
        assertTrue(path.errText().strip().endsWith(" new ke-hoach-5 --content " + Launcher.quoted(content().toString())
                + " --province \"" + Cli.BUNDLED_PROVINCE + "\""), path.errText());
        Cli.Result elsewhere = Cli.run("--lang", "en", "new", "other\\ke-hoach-5", "--content", content().toString());
        assertEquals(2, elsewhere.exit());
        assertTrue(elsewhere.errText().strip().endsWith(" new ke-hoach-5 --content other --province \"Province name\""),
                elsewhere.errText());
        // The content folder itself: the name is missing, not a folder "content" inside it (s27 re-read L5).
        Cli.Result bare = Cli.runNew("new", content().toString() + "/", "--content", content().toString());
        assertTrue(bare.errText().strip().endsWith(" new ke-hoach-moi --content " + Launcher.quoted(content().toString())
                + " --province \"" + Cli.BUNDLED_PROVINCE + "\""), bare.errText());
        assertFalse(Files.exists(content()), "nothing written");
        // An existing plan's folder or plan.yaml: it exists, never "new plan-yaml" (s27 tryout 2).
        assertEquals(0, Cli.runNew("new", "ke-hoach-5", "--content", content().toString()).exit());
        for (String typed : List.of("ke-hoach-5", "ke-hoach-5/plan.yaml")) {
            Cli.Result existing = Cli.runNew("new", content().resolve(typed).toString(), "--content", content().toString());
            assertEquals(1, existing.exit(), existing.errText());
            assertTrue(existing.errText().contains("ke-hoach-5/plan.yaml đã có"), existing.errText());
        }
    }

    @Test
    void buildIsIncrementalAndQuietOrVerboseOnRequest() throws IOException {
        assertEquals(0, Cli.newIssued("new", "ke-hoach-moi", "--content", content().toString()).exit());
        String out = temp.resolve("site").toString();

        Cli.Result first = Cli.run("build", "--content", content().toString(), "--out", out);
        assertEquals(0, first.exit(), first.errText());
        assertTrue(first.outText().contains("vẽ lại 1, giữ nguyên 0"), first.outText());
        assertTrue(Files.isRegularFile(Path.of(out, "schema/plan.schema.json")));

        Cli.Result quiet = Cli.run("build", "--quiet", "--content", content().toString(), "--out", out);
        assertEquals(0, quiet.exit());
        assertEquals("", quiet.outText() + quiet.errText(), "--quiet prints nothing when all is well");

        Cli.Result verbose = Cli.run("build", "--verbose", "--content", content().toString(), "--out", out);
        assertTrue(verbose.outText().contains("Không đổi, giữ nguyên: ke-hoach-moi"), verbose.outText());
        assertTrue(verbose.outText().contains("vẽ lại 0, giữ nguyên 1)"), verbose.outText());

        // Rendered again, its files as published: not written again, and not said to be redrawn (s22).
        Cli.Result clean = Cli.run("build", "--clean", "--content", content().toString(), "--out", out);
        assertTrue(clean.outText().contains("[1/1] ke-hoach-moi: dựng lại, các tệp giống hệt bản đã đăng nên giữ nguyên"),
                clean.outText());
        assertTrue(clean.outText().contains("vẽ lại 0, giữ nguyên 1"), clean.outText());

        Cli.Result both = Cli.run("build", "--quiet", "--verbose", "--content", content().toString(), "--out", out);
        assertEquals(2, both.exit());
    }

    @Test
    void aPlanKeptAtItsLastPublishedVersionIsCountedAsSuch() throws IOException {
        assertEquals(0, Cli.newIssued("new", "ke-hoach-moi", "--content", content().toString()).exit());
        String out = temp.resolve("site").toString();
        assertEquals(0, Cli.run("build", "--content", content().toString(), "--out", out).exit());
        Path plan = content().resolve("ke-hoach-moi/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^document:", "documnet:"));

        Cli.Result kept = Cli.run("build", "--content", content().toString(), "--out", out);
        assertEquals(1, kept.exit());
        assertTrue(kept.outText().contains("Trang có 1/1 văn bản") && kept.outText().contains("vẽ lại 0, giữ nguyên 0, "
                + "giữ bản đã xuất bản trước vì có lỗi 1)"), kept.outText());
        // In Việt Nam's time, as sign and the documents' dates are, on a machine set to UTC too.
        String edited = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(
                new plandoc.build.PublishedVersion(Path.of(out)).editedAt("ke-hoach-moi").orElseThrow().toInstant()
                        .atZone(plandoc.model.VietnamTime.ZONE));
        assertTrue(kept.errText().contains("(nguồn sửa lúc " + edited + " giờ Việt Nam)"), kept.errText());
    }

    @Test
    void schemaIsWrittenWhereAskedOrPrinted() throws IOException {
        Path file = temp.resolve("lược-đồ/plan.schema.json");
        Cli.Result written = Cli.run("schema", "--out", file.toString());
        assertEquals(0, written.exit(), written.errText());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"$schema\""));

        Cli.Result printed = Cli.run("schema", "--out", "-");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8).strip(), printed.outText().strip());
    }

    @Test
    void serveStopsAtOnceOnABadPortOrAPortInUse() throws IOException {
        Path templates = Path.of("templates");
        assertEquals(2, Cli.run("serve", "--port", "70000", "--templates", templates.toString()).exit());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Files.createDirectories(content());
            try (Stream<Path> none = Files.list(content())) {
                assertEquals(0, none.count());
            }
            Cli.Result busy = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--content", content().toString(), "--templates", templates.toString(),
                    "--out", temp.resolve("site").toString());
            assertEquals(2, busy.exit(), busy.errText());
            assertTrue(busy.errText().contains("cổng"), busy.errText());
        }
        // Nothing left behind: serve never makes site/, and a preview that could not start has no folder.
        assertFalse(Files.exists(temp.resolve("site")));
        assertFalse(Files.exists(temp.resolve(".plandoc-preview")));
    }
}
