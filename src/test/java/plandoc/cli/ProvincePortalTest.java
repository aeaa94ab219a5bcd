package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code content/province.yaml}: the portal's name in the site's chrome (page titles, header, feed, data
 * package), and nothing of it without the file. Built from a real second-province plan (fixtures/quang-nam-2026).
 */
class ProvincePortalTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quang-nam-2026");
    private static final String PORTAL = "Cổng thông tin điện tử tỉnh Quảng Nam";

    @TempDir
    Path dir;

    @Test
    void thePortalsNameTitlesTheSiteAndHeadsItsPages() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("province.yaml"), "portal: " + PORTAL + "\nprovince: Quảng Nam\nguide: public\n");
        Path site = build(content);

        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("<title>Danh mục văn bản — " + PORTAL + "</title>"), index);
        assertTrue(index.contains("<p class=\"portal-name\">" + PORTAL + "</p>\n<h1>Danh mục văn bản</h1>"), index);
        assertTrue(index.contains("title=\"Văn bản ban hành và điều chỉnh — " + PORTAL + "\" href=\"feed.xml\""), index);
        String agencies = Files.readString(site.resolve("co-quan/index.html"));
        assertTrue(agencies.contains("<title>Nhiệm vụ và kinh phí theo cơ quan — " + PORTAL + "</title>"), agencies);
        assertTrue(agencies.contains("<p class=\"portal-name\">" + PORTAL + "</p>"), agencies);
        String guide = Files.readString(site.resolve("huong-dan/index.html"));
        assertTrue(guide.contains("<title>Hướng dẫn soạn văn bản bằng plandoc — " + PORTAL + "</title>"), guide);
        String page = Files.readString(site.resolve("qn-stttt-2026/index.html"));
        assertTrue(page.contains(">← Danh mục văn bản — " + PORTAL + "</a>"), page);

        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("<title>Văn bản ban hành và điều chỉnh — " + PORTAL + "</title>"), feed);
        String data = Files.readString(site.resolve("datapackage.json"));
        assertTrue(data.matches("(?s).*\"contributors\" : \\[\\s*\\{\\s*\"title\" : \"" + PORTAL
                + "\",\\s*\"role\" : \"publisher\"\\s*},\\s*\\{\\s*\"title\" : \"Sở Thông tin và Truyền thông tỉnh Quảng Nam\","
                + "\\s*\"role\" : \"author\".*"), data);
    }

    @Test
    void withoutTheFileTheSiteKeepsItsGenericTitles() throws IOException {
        Path site = build(content());
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("<title>Danh mục văn bản</title>") && !index.contains("portal-name"), index);
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<title>Văn bản ban hành và điều chỉnh</title>"));
        String data = Files.readString(site.resolve("datapackage.json"));
        assertTrue(data.matches("(?s).*\"title\" : \"Sở Thông tin và Truyền thông tỉnh Quảng Nam\",\\s*\"role\" : \"publisher\".*")
                && !data.contains("\"author\""), data);
        // No province chose a licence: the package grants none in its name (s24 review L2).
        assertTrue(new ObjectMapper().readTree(data).path("licenses").isMissingNode(), data);
    }

    /** The open data's licence is the one province.yaml names; a change of it alone writes the package again. */
    @Test
    void theOpenDataIsPublishedUnderTheLicenceTheProvinceChose() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\ndata_licence: cc0-1.0\n");
        JsonNode licence = new ObjectMapper().readTree(build(content).resolve("datapackage.json").toFile())
                .path("licenses");
        assertEquals(1, licence.size(), licence.toString());
        assertEquals("CC0-1.0", licence.get(0).path("name").asText());
        assertEquals("https://creativecommons.org/publicdomain/zero/1.0/", licence.get(0).path("path").asText());

        String terms = "https://stttt.quangnam.gov.vn/dieu-khoan-du-lieu-mo.html";
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\ndata_licence: " + terms + "\n");
        licence = new ObjectMapper().readTree(build(content).resolve("datapackage.json").toFile()).path("licenses");
        assertEquals(terms, licence.get(0).path("path").asText(), licence.toString());
        assertTrue(licence.get(0).path("name").isMissingNode(), licence.toString());

        Files.writeString(content.resolve("province.yaml"), "province: Quảng Nam\ndata_licence: CC-BY 4.0\n");
        Cli.Result check = Cli.run("check", content.toString());
        assertTrue(check.errText().contains("province.yaml:2:15: lỗi: data_licence: \"CC-BY 4.0\"")
                && check.errText().contains("\"CC-BY-4.0\""), check.errText());
    }

    /** s29 F14: the portal's name printed on every page, holding a near-miss of the province's, is warned (vi, en). */
    @Test
    void aPortalNameMisspellingTheProvinceIsWarned() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("province.yaml"), "portal: Cổng thông tin điện tử tỉnh Quảng Nan\nprovince: Quảng Nam\n");
        Cli.Result check = Cli.run("check", content.toString());
        assertTrue(check.errText().contains("province.yaml:1:9: cảnh báo: portal: ghi \"Quảng Nan\", gần giống tên tỉnh "
                + "\"Quảng Nam\" ở province: (thiếu dấu hoặc sai một chữ); tên cổng in ở tiêu đề mọi trang và nguồn tin: nếu "
                + "là lỗi gõ, hãy sửa thành portal: Cổng thông tin điện tử tỉnh Quảng Nam"), check.errText());
        Files.writeString(content.resolve("province.yaml"), "portal: Cổng TTĐT tỉnh Quang Nam\nprovince: Quảng Nam\n");
        Cli.Result english = Cli.run("check", "--lang", "en", content.toString());
        assertTrue(english.errText().contains("province.yaml:1:9: warning: portal: reads \"Quang Nam\", close to the "
                + "province's name \"Quảng Nam\" at province:"), english.errText());
        assertTrue(english.errText().contains("write portal: Cổng TTĐT tỉnh Quảng Nam"), english.errText());
        // The name itself, in capitals too, is no slip.
        Files.writeString(content.resolve("province.yaml"), "portal: CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM\nprovince: Quảng Nam\n");
        assertEquals(0, Cli.run("check", "--strict", content.toString()).exit());
    }

    /** s29 F3: --lang en writes the site's chrome in English; the build says so, and a Vietnamese build does not. */
    @Test
    void anEnglishBuildSaysTheSiteIsInEnglish() throws IOException {
        Path content = content();
        Path site = dir.resolve("site");
        Cli.Result english = Cli.run("build", "--lang", "en", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, english.exit(), english.errText());
        assertTrue(Files.readString(site.resolve("index.html")).contains("lang=\"en\""));
        assertTrue(english.outText().contains("The site's pages are in English (--lang en); run "), english.outText());
        assertTrue(english.outText().contains(" build without --lang to publish them in Vietnamese."), english.outText());
        Cli.Result again = Cli.run("build", "--lang", "en", "--content", content.toString(), "--out", site.toString());
        assertTrue(again.outText().contains("The site's pages are in English"), again.outText());
        Cli.Result vietnamese = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertTrue(!vietnamese.outText().contains("tiếng Anh"), vietnamese.outText());
    }

    /** A file of comments only says nothing: every key of province.yaml may be left out. */
    @Test
    void anEmptyFileIsNoFile() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("province.yaml"), "# chưa có gì\n");
        Cli.Result check = Cli.run("check", "--strict", content.toString());
        assertEquals(0, check.exit(), check.errText());
    }

    private Path content() throws IOException {
        return copyFixture(dir.resolve("content"));
    }

    /** A content folder at {@code content} with the Quảng Nam plan of {@link #FIXTURE}. */
    static Path copyFixture(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path file : files.toList()) {
                Path target = content.resolve(FIXTURE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return content;
    }

    private Path build(Path content) {
        Path site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, build.exit(), build.errText());
        return site;
    }
}
