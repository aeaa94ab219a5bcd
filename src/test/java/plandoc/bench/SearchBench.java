package plandoc.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import plandoc.HeadlessChromium;
import plandoc.render.html.IndexEntry;
import plandoc.render.html.IndexPage;
import plandoc.render.html.RichHtml;
import plandoc.render.html.SourceView;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.portal.PlanSummary;
import plandoc.render.portal.SearchData;
import plandoc.resolved.DocumentInfo;

/**
 * The index's search at a national corpus's size, in headless Chromium (issue 16); not run by CI.
 * From the project folder, after {@code mvn package}:
 * <pre>
 * java -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.bench.SearchBench [--plans 10000] [--runs 5]
 * </pre>
 * Writes the index page and its search files for {@link SearchCorpus} plans with the production
 * template and writers into {@code target/bench/search/site}, serves them over HTTP with gzip (level 6,
 * nginx's {@code gzip_comp_level 6} or Apache's mod_deflate default, text types only, as a portal
 * does) and measures, each run in a fresh browser profile: the bytes the index page transfers until
 * its load event (HTML, CSS, scripts, data; web fonts counted apart), the time from the first keystroke
 * of "chuyen doi so" to its results on screen (loading the catalogue, MiniSearch and the index chunks
 * it needs included), then the search latency of a set of queries once their chunks are loaded
 * (portal.js's own User Timing measure: search, filters, sort and the rows put on screen).
 */
public final class SearchBench {
    private static final List<String> QUERIES = List.of("chuyen doi so", "chuyển đổi số", "ke hoach", "so tai chinh",
            "y te co so", "phat trien du lich", "nong thon moi", "giao duc", "cai cach hanh chinh", "moi truong",
            "thong tin", "424/QĐ-UBND");

    public static void main(String[] args) throws Exception {
        int plans = 10_000;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--plans" -> plans = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!HeadlessChromium.available()) {
            throw new IllegalStateException("Debian's chromium and chromium-driver are needed");
        }
        Path work = plandoc.TestFiles.freshFolder(Path.of("target/bench/search"));
        Path site = work.resolve("site");
        SearchCorpus corpus = new SearchCorpus();
        long start = System.nanoTime();
        List<PlanSummary> summaries = corpus.plans(plans);
        long generated = System.nanoTime();
        long cpu = cpuMillis();
        Map<String, byte[]> files = write(summaries, site);
        log("corpus made in " + (generated - start) / 1_000_000 + " ms; index page and search files written in "
                + (System.nanoTime() - generated) / 1_000_000 + " ms, CPU " + (cpuMillis() - cpu) + " ms");
        log("wrote " + files.size() + " search files for " + plans + " plans in " + (System.nanoTime() - start) / 1_000_000
                + " ms (vocabulary " + corpus.vocabularySize() + ")");
        long chunkBytes = files.entrySet().stream().filter(e -> e.getKey().startsWith("search/terms/"))
                .mapToLong(e -> e.getValue().length).sum();
        long largest = files.entrySet().stream().filter(e -> e.getKey().startsWith("search/terms/"))
                .mapToLong(e -> e.getValue().length).max().orElse(0);
        String sizes = String.format(Locale.ROOT, "first-page.js %s, plans.js %s, index.js %s, %d term chunks %s (largest %s), gzip -6",
                kb(gzip(files.get(SearchData.FIRST_PAGE))), kb(gzip(files.get(SearchData.CATALOGUE))),
                kb(gzip(files.get("search/index.js"))), files.keySet().stream().filter(k -> k.startsWith("search/terms/")).count(),
                kb(chunkBytes), kb(largest));
        log(sizes);

        HttpServer server = serve(site);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html";
        List<Long> weight = new ArrayList<>();
        List<Long> fonts = new ArrayList<>();
        List<Long> firstResults = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        Map<String, List<Long>> byQuery = new java.util.LinkedHashMap<>();
        try {
            for (int run = 0; run < runs; run++) {
                Path profile = plandoc.TestFiles.freshFolder(work.resolve("profile-" + run));
                try (HeadlessChromium chromium = new HeadlessChromium(profile)) {
                    ChromeDriver browser = chromium.driver();
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(20));
                    browser.get(url);
                    wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> loaded = (List<Map<String, Object>>) browser.executeScript(
                            "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                                    + ".map(function (e) { return { name: e.name, size: e.transferSize }; });");
                    long page = 0;
                    long font = 0;
                    for (Map<String, Object> entry : loaded) {
                        long size = ((Number) entry.get("size")).longValue();
                        if (String.valueOf(entry.get("name")).endsWith(".ttf")) {
                            font += size;
                        } else {
                            page += size;
                        }
                    }
                    weight.add(page);
                    fonts.add(font);
                    if (run == 0) {
                        loaded.forEach(e -> log("  loaded with the page: " + e.get("name") + " " + e.get("size") + " B"));
                    }
                    type(browser, "chuyen doi so");
                    wait.until(d -> measures(browser, "plandoc-first-results").size() == 1);
                    firstResults.add(Math.round(measures(browser, "plandoc-first-results").get(0)));
                    log("run " + run + ": page " + page + " B (+ fonts " + font + " B), first results "
                            + firstResults.get(run) + " ms, " + browser.findElement(org.openqa.selenium.By.id("result-count")).getText());
                    for (String query : QUERIES) { // once to load the chunks it needs
                        search(browser, wait, query);
                    }
                    for (int repeat = 0; repeat < 3; repeat++) {
                        for (String query : QUERIES) {
                            double ms = search(browser, wait, query);
                            latencies.add(ms);
                            byQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(Math.round(ms * 1000));
                        }
                    }
                }
            }
        } finally {
            server.stop(0);
        }
        byQuery.forEach((query, micros) -> log(String.format(Locale.ROOT, "  \"%s\": median %.1f ms", query,
                Bench.median(micros) / 1000.0)));
        List<Long> latencyMicros = latencies.stream().map(d -> Math.round(d * 1000)).toList();
        String machine = plans + " synthetic plans (" + sizes + ")";
        System.out.println("| benchmark | kind | median | min–max | notes |");
        System.out.println("|---|---|---|---|---|");
        row("Index page weight, " + plans + " plans", weight, "B", "transferred until load, gzip -6 over HTTP; "
                + "web fonts apart (" + Bench.median(fonts) + " B when Times New Roman is missing); target ≤ 200 KB");
        row("… time to first results (\"chuyen doi so\", first keystroke, cold)", firstResults, "ms",
                "catalogue, MiniSearch and the chunks it needs loaded and parsed");
        row("… search latency (" + QUERIES.size() + " queries × 3 × " + runs + " runs, chunks loaded)", latencyMicros, "µs",
                "search, filters, sort and 50 rows on screen; target ≤ 50 ms");
        System.out.println("\n" + machine + "\n" + Machine.describe());
    }

    private static void type(ChromeDriver browser, String text) {
        browser.executeScript("var q = document.getElementById('search-query'); q.value = arguments[0];"
                + "q.dispatchEvent(new Event('input', { bubbles: true }));", text);
    }

    /** One search once its data is loaded: portal.js's measure of it, in ms. */
    private static double search(ChromeDriver browser, WebDriverWait wait, String query) {
        browser.executeScript("performance.clearMeasures('plandoc-search'); var q = document.getElementById('search-query');"
                + "q.value = ''; q.value = arguments[0]; q.dispatchEvent(new Event('input', { bubbles: true }));", query);
        wait.until(d -> measures(browser, "plandoc-search").size() == 1);
        return measures(browser, "plandoc-search").get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> measures(ChromeDriver browser, String name) {
        List<Object> found = (List<Object>) browser.executeScript(
                "return performance.getEntriesByName(arguments[0]).map(function (e) { return e.duration; });", name);
        return found.stream().map(o -> ((Number) o).doubleValue()).toList();
    }

    /** index.html by the production template (first page printed), the search files, the assets. */
    /** The plan's total as the index prints it (compute's IndexFunding). */
    private static String fundingMillions(PlanSummary plan) {
        return plan.totalDong().map(plandoc.compute.IndexFunding::ofDong).orElse("");
    }

    static Map<String, byte[]> write(List<PlanSummary> plans, Path site) throws Exception {
        Path templates = Path.of("templates");
        TemplateEngine engine = new TemplateEngine(templates, new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy())));
        List<IndexEntry> entries = new ArrayList<>();
        for (PlanSummary plan : plans) {
            DocumentInfo info = new DocumentInfo(plan.slug(), plan.numberSymbol(), plan.date(),
                    plan.shortDate(),
                    plan.kind(), plan.title(), plan.issuer(), plan.slug(), plandoc.resolved.Funding.NONE);
            entries.add(new IndexEntry(info, plan.links(), fundingMillions(plan)));
        }
        String html = engine.render("index.ftlh", new IndexPage(entries, "assets/", "", SourceView.NONE), "");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), html, StandardCharsets.UTF_8);
        long before = cpuMillis();
        Map<String, byte[]> files = new SearchData(plans.stream().collect(java.util.stream.Collectors.toMap(
                PlanSummary::slug, SearchBench::fundingMillions))).write(plans);
        log("search files: CPU " + (cpuMillis() - before) + " ms");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        plandoc.TestFiles.copyTree(templates.resolve("assets"), site.resolve("assets"));
        for (plandoc.render.pdf.PdfFonts.WebFont font : plandoc.render.pdf.PdfFonts.webFonts()) {
            Files.createDirectories(site.resolve("assets/fonts"));
            Files.write(site.resolve("assets/fonts/" + font.fileName()), font.data());
        }
        return files;
    }

    /** A portal in miniature: the site's files, text types gzipped when the browser accepts it. */
    private static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                respond(exchange, file);
            }
        });
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, Path file) throws IOException {
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".ttf") ? "font/ttf" : "application/octet-stream";
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        String accepted = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        if (type.startsWith("text/") && accepted.contains("gzip")) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) { // Deflater's default level: 6
            zip.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String kb(byte[] bytes) {
        return kb(bytes.length);
    }

    private static String kb(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6) : String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
    }

    private static void row(String name, List<Long> values, String unit, String notes) {
        List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        System.out.println(String.format(Locale.ROOT, "| %s | headless Chromium | %s | %s | %s |", name,
                format(Bench.median(values), unit), format(sorted.get(0), unit) + "–" + format(sorted.get(sorted.size() - 1), unit),
                notes));
    }

    private static String format(long value, String unit) {
        return switch (unit) {
            case "B" -> String.format(Locale.ROOT, "%.1f KB", value / 1000.0);
            case "µs" -> String.format(Locale.ROOT, "%.1f ms", value / 1000.0);
            default -> value + " " + unit;
        };
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static void log(String line) {
        System.err.println(line);
    }
}
