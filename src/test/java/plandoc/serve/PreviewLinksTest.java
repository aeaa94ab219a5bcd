package plandoc.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s31 left the preview without what the built page says of the other plans: a replaced or expired document's banner
 * ({@code hieu-luc.yaml}) and the "Được sửa đổi, bổ sung bởi" links ({@code amends:}). The preview's page shows them as
 * the built page does, and follows an edit of the other plan or of {@code hieu-luc.yaml}.
 */
class PreviewLinksTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePreviewsPageSaysWhatTheOtherPlansSayOfIt() throws Exception {
        Path content = dir.resolve("content");
        copy(Path.of("src/test/resources/standing"), "qd-cu", content);
        copy(Path.of("src/test/resources/standing"), "qd-thay-the", content);
        Files.copy(Path.of("src/test/resources/standing/hieu-luc.yaml"), content.resolve("qd-cu/hieu-luc.yaml"));
        copy(Path.of("src/test/resources/amends"), "qd-goc", content);
        copy(Path.of("src/test/resources/amends"), "qd-sua-doi", content);
        List<String> log = new CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(content, Path.of("templates"),
                dir.resolve("site"), "127.0.0.1", 0, 1, RenderSettings.defaults(), Messages.forLanguage("vi"), log::add))) {
            String old = page(server, "qd-cu");
            assertTrue(old.contains("<p class=\"standing-replaced\">Văn bản này đã được thay thế bởi <a href=\"../qd-thay-the/index.html\""
                    + " lang=\"vi\">Quyết định số 1402/QĐ-UBND ngày 15/06/2026</a>.</p>"), old);
            assertTrue(old.contains("<p class=\"standing-expired\">Hết hiệu lực từ ngày 01/07/2026.</p>"), old);
            assertTrue(page(server, "qd-thay-the").contains("Văn bản này thay thế <a href=\"../qd-cu/index.html\" lang=\"vi\">"
                    + "Quyết định số 1401/QĐ-UBND ngày 10/03/2025</a>."), page(server, "qd-thay-the"));
            String amended = page(server, "qd-goc");
            assertTrue(amended.contains("Được sửa đổi, bổ sung bởi: <a href=\"../qd-sua-doi/index.html\">Quyết định số "
                    + "1520/QĐ-UBND ngày 15/06/2026</a>"), amended);
            assertTrue(page(server, "qd-sua-doi").contains("Sửa đổi, bổ sung: <a href=\"../qd-goc/index.html\">Quyết định số"
                    + " 424/QĐ-UBND ngày 18/02/2022</a>"), page(server, "qd-sua-doi"));

            // The replacing decision's number edited: the replaced one's page, its folder unchanged, follows.
            Path replacing = content.resolve("qd-thay-the/plan.yaml");
            Files.writeString(replacing, Files.readString(replacing).replace("number: 1402", "number: 1405"));
            PreviewSite.await("the replaced page cites 1405", () -> page(server, "qd-cu").contains(
                    ">Quyết định số 1405/QĐ-UBND ngày 15/06/2026</a>"));
            // hieu-luc.yaml taken away: in force again, the banner gone.
            Files.delete(content.resolve("qd-cu/hieu-luc.yaml"));
            PreviewSite.await("the banner goes", () -> !page(server, "qd-cu").contains("standing-banner"));
            assertFalse(page(server, "qd-thay-the").contains("Văn bản này thay thế"), page(server, "qd-thay-the"));
        }
    }

    private String page(PreviewServer server, String slug) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/" + slug + "/")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void copy(Path fixtures, String plan, Path content) throws Exception {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(fixtures.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }
}
