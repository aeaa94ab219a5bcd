package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import plandoc.build.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s25 tryout L6: a shard's first build said "Để đăng lên cổng: chép nguyên thư mục work/shard-2 lên cổng" — a shard is
 * merged, not published (docs/ci.md) — and a shard that got no plan said "Đã tạo 0/0 văn bản". Real shard builds of
 * two plans: the shard holding a plan says how to join the parts, the one holding none says it got none.
 */
class ShardSummaryTest {
    @TempDir
    Path dir;

    @Test
    void aShardSaysToMergeItAndAnEmptyShardSaysItGotNoPlan() throws Exception {
        Path content = twoPlans();
        int count = 3;
        int full = Shard.of("qd-4086", count);
        int empty = java.util.stream.IntStream.rangeClosed(1, count)
                .filter(k -> k != full && k != Shard.of("qd-4087", count)).findFirst().orElseThrow();

        Path part = dir.resolve("work").resolve("shard-" + full);
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", part.toString(),
                "--shard", full + "/" + count);
        assertEquals(0, built.exit(), built.errText());
        assertTrue(built.out().contains("Đây là một phần của site (--shard " + full + "/" + count + "), không đăng lên "
                + "cổng: khi đã dựng đủ các phần, ghép chúng thành site bằng plandoc build --merge THƯ_MỤC_PHẦN_1 … "
                + "THƯ_MỤC_PHẦN_N --out site (xem docs/ci.md)."), built.outText());
        assertFalse(built.outText().contains("Để đăng lên cổng"), built.outText());

        Path none = dir.resolve("work").resolve("shard-" + empty);
        Cli.Result nothing = Cli.run("build", "--content", content.toString(), "--out", none.toString(),
                "--shard", empty + "/" + count);
        assertEquals(0, nothing.exit(), nothing.errText());
        assertTrue(nothing.out().stream().anyMatch(l -> l.startsWith("Phần " + empty + "/" + count + " không nhận văn "
                + "bản nào (văn bản được chia cho các phần theo tên thư mục); đã ghi phần rỗng vào " + none
                + " để ghép, mất ")), nothing.outText());
        assertFalse(nothing.outText().contains("0/0"), nothing.outText());

        Path english = dir.resolve("work").resolve("en-" + empty);
        Cli.Result en = Cli.run("build", "--content", content.toString(), "--out", english.toString(),
                "--shard", empty + "/" + count, "--lang", "en");
        assertTrue(en.out().stream().anyMatch(l -> l.startsWith("Shard " + empty + "/" + count + " got no plan")),
                en.outText());
        assertTrue(en.out().contains("This is one part of the site (--shard " + empty + "/" + count + "), not for the "
                + "portal: once every part is built, join them into the site with plandoc build --merge PART_1 … PART_N "
                + "--out site (see docs/ci.md)."), en.outText());
    }

    /** s26 tryout H-2: a part written over the published site took the other parts' plans off it. */
    @Test
    void aShardIsNotWrittenOverAWholeSite() throws Exception {
        Path content = twoPlans();
        Path site = dir.resolve("site");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", site.toString()).exit());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));

        Cli.Result part = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--shard", "1/2");
        assertEquals(1, part.exit(), part.errText());
        assertTrue(part.errText().contains("thư mục " + site + " là một trang đã build đầy đủ"), part.errText());
        assertTrue(Files.isRegularFile(site.resolve("qd-4086/index.html")) && Files.isRegularFile(site.resolve("qd-4087/index.html")),
                "both plans still published");
        org.junit.jupiter.api.Assertions.assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")));
        Cli.Result english = Cli.run("--lang", "en", "build", "--content", content.toString(), "--out", site.toString(),
                "--shard", "2/2");
        assertEquals(1, english.exit(), english.errText());
        assertTrue(english.errText().contains("is a whole site"), english.errText());
    }

    /** A content folder of two numbered plans, qd-4086 and qd-4087. */
    private Path twoPlans() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (String slug : new String[] {"qd-4086", "qd-4087"}) {
            Files.writeString(Files.createDirectories(content.resolve(slug)).resolve("plan.yaml"),
                    SeparateAppendicesTest.YAML.replace("number: 4086", "number: " + slug.substring(3)));
        }
        return content;
    }
}
