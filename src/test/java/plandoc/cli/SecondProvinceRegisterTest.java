package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(0, Cli.run("new", "ht-mot", "--content", content.toString()).exit());

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
        Cli.Result made = Cli.run("new", "qn-mot", "--province", "Quảng Ngãi", "--content", content.toString());
        assertEquals(0, made.exit());
        assertTrue(Files.exists(content.resolve("qn-mot/agencies.yaml")));
        assertTrue(made.outText().contains("\"plan_register: replace\""), made.outText());
        // content/province.yaml does not exist yet: the note says to create it, not to add a line to it.
        assertTrue(made.outText().contains("tạo tệp " + content.resolve("province.yaml") + " có dòng"), made.outText());

        Files.writeString(content.resolve("province.yaml"), "plan_register: replace\n");
        Cli.Result second = Cli.run("new", "qn-hai", "--province", "Quảng Ngãi", "--content", content.toString());
        assertTrue(!second.outText().contains("plan_register"), second.outText());
        assertEquals(0, Cli.run("check", "--strict", content.toString()).exit());
    }
}
