package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second province's plans in this repository's content folder, whose shared register is Hà Tĩnh's: with
 * {@code plan_register: replace} in province.yaml a plan folder's own register is the only one it is checked
 * against, while a plan folder without one keeps the shared register.
 */
class SecondProvinceRegisterTest {
    private static final Path QUANG_NAM = Path.of("src/test/resources/errors/province-second-register/qn-stttt-2026");

    @TempDir
    Path dir;

    @Test
    void aPlanWithItsOwnRegisterUsesItAloneWhenProvinceYamlSaysReplace() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("qn-stttt-2026"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        for (String file : new String[] {"plan.yaml", "agencies.yaml"}) {
            Files.copy(QUANG_NAM.resolve(file), content.resolve("qn-stttt-2026").resolve(file));
        }
        assertEquals(0, Cli.runNew("new", "ht-mot", "--content", content.toString()).exit());

        // Added to Hà Tĩnh's register (the default), "Báo Hà Tĩnh" passes in a Quảng Ngãi plan.
        Cli.Result added = Cli.run("check", content.toString());
        assertEquals(0, added.exit(), added.errText());

        Files.writeString(content.resolve("province.yaml"), "province: Hà Tĩnh\nplan_register: replace\n");
        Cli.Result replaced = Cli.run("check", content.toString());
        assertEquals(1, replaced.exit());
        assertEquals(2, replaced.err().size(), replaced.errText());
        assertTrue(replaced.err().stream().allMatch(l -> l.contains("qn-stttt-2026/plan.yaml:")
                && l.contains("thuộc danh mục " + content.resolve("agencies.yaml"))), replaced.errText());
        assertTrue(replaced.errText().contains("dòng: - { id: bao-ha-tinh, name: Báo Hà Tĩnh }"), replaced.errText());
        // The Hà Tĩnh plan, without a register of its own, is checked against the shared one as before.
        assertEquals(0, Cli.run("check", "--strict", content.resolve("ht-mot").toString()).exit());
    }

    /** {@code new --province} beside another province's register says how to keep that register out. */
    @Test
    void aNewProvincesPlanBesideAnotherRegisterSaysHowToUseItsOwnOnly() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Cli.Result made = Cli.runNew("new", "qn-mot", "--province", "Quảng Ngãi", "--content", content.toString());
        assertEquals(0, made.exit());
        assertTrue(Files.exists(content.resolve("qn-mot/agencies.yaml")));
        assertTrue(made.outText().contains("\"plan_register: replace\""), made.outText());
        // content/province.yaml does not exist yet: the note says to create it, not to add a line to it.
        assertTrue(made.outText().contains("tạo tệp " + content.resolve("province.yaml") + " có dòng"), made.outText());

        Files.writeString(content.resolve("province.yaml"), "plan_register: replace\n");
        Cli.Result second = Cli.runNew("new", "qn-hai", "--province", "Quảng Ngãi", "--content", content.toString());
        assertTrue(!second.outText().contains("plan_register"), second.outText());
        assertEquals(0, Cli.run("check", "--strict", content.toString()).exit());
    }

    /**
     * s24 review M1: the site knows an agency by its id, so a starter register beside Hà Tĩnh's with Hà Tĩnh's ids
     * filed Tuyên Quang's tasks under Hà Tĩnh's Sở KH&CN. Its ids are the province's own; plans keep writing names.
     */
    @Test
    void aNewProvincesRegisterBesideAnotherHasIdsOfItsOwn() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        assertEquals(0, Cli.runNew("new", "tq-mot", "--province", "Tuyên Quang", "--content", content.toString()).exit());

        Set<String> shared = ids(content.resolve("agencies.yaml"));
        Set<String> own = ids(content.resolve("tq-mot/agencies.yaml"));
        assertTrue(own.contains("tq-so-khcn"), own.toString());
        Set<String> both = new TreeSet<>(own);
        both.retainAll(shared);
        assertEquals(Set.of(), both);
        Cli.Result checked = Cli.run("check", "--strict", content.toString());
        assertEquals(0, checked.exit(), checked.errText());
    }

    /** A register written before (or by hand) with the shared register's ids: one warning per id, at both lines. */
    @Test
    void aPlanRegisterRepeatingTheSharedIdsIsWarnedOncePerId() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        assertEquals(0, Cli.runNew("new", "tq-mot", "--province", "Tuyên Quang", "--content", content.toString()).exit());
        Path register = content.resolve("tq-mot/agencies.yaml");
        Files.writeString(register, Files.readString(register).replace("{ id: tq-", "{ id: "));
        Set<String> both = new TreeSet<>(ids(register));
        both.retainAll(ids(content.resolve("agencies.yaml")));

        Cli.Result checked = Cli.run("check", content.toString());
        assertEquals(0, checked.exit(), checked.errText());
        List<String> warned = checked.err().stream().filter(l -> l.contains("cũng là mã của một cơ quan")).toList();
        assertEquals(both.size(), warned.size(), checked.errText());
        int khcnLine = lineOf(register, "{ id: so-khcn,");
        int sharedLine = lineOf(content.resolve("agencies.yaml"), "id: so-khcn");
        assertTrue(warned.stream().anyMatch(l -> l.startsWith(register + ":" + khcnLine + ":")
                && l.contains("\"so-khcn\"") && l.contains("(" + content.resolve("agencies.yaml") + ":" + sharedLine + ")")
                && l.contains("\"tq-so-khcn\"")), checked.errText());
    }

    /**
     * The agency view keeps the two provinces' Sở KH&CN apart: one entry each, each with its own plan, each named with
     * the issuer of its plans.
     */
    @Test
    void theAgencyViewHasOneEntryForEachProvincesDepartment() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        assertEquals(0, Cli.newBesideBundledRegister(content, "ht-mot").exit());
        assertEquals(0, Cli.runNew("new", "tq-mot", "--province", "Tuyên Quang", "--content", content.toString()).exit());
        Path site = dir.resolve("drafts");
        Cli.Result build = Cli.run("build", "--draft", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());

        Document page = Jsoup.parse(site.resolve("co-quan/index.html").toFile(), "UTF-8");
        List<Element> khcn = page.select("section.agency").stream()
                .filter(e -> e.selectFirst("h2").text().startsWith("Sở Khoa học và Công nghệ")).toList();
        assertEquals(List.of("so-khcn", "tq-so-khcn"), khcn.stream().map(Element::id).sorted().toList());
        // Each named with its province's People's Committee: the same heading twice told a reader nothing.
        assertEquals(Set.of("Sở Khoa học và Công nghệ (Ủy ban nhân dân tỉnh Hà Tĩnh)",
                "Sở Khoa học và Công nghệ (Ủy ban nhân dân tỉnh Tuyên Quang)"),
                Set.copyOf(khcn.stream().map(e -> e.selectFirst("h2").text()).toList()));
        for (Element entry : khcn) {
            String plan = entry.id().startsWith("tq-") ? "../tq-mot/index.html" : "../ht-mot/index.html";
            assertEquals(Set.of(plan), Set.copyOf(entry.select("a[href$=index.html]").eachAttr("href")), entry.id());
        }
    }

    private static Set<String> ids(Path register) throws IOException {
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*-? *\\{? *id: ([a-z0-9-]+)").matcher(Files.readString(register));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
