package plandoc.serve;

import plandoc.render.MediaTypes;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import plandoc.build.Renderers;
import plandoc.build.SiteUpdate;
import plandoc.build.ToolVersion;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;
import plandoc.render.pdf.PdfFonts;

/**
 * {@code plandoc serve}: a preview of the site on the JDK's own HTTP server, rebuilt as the
 * sources change (see {@link PreviewBuilder}) and reloaded in the browser by server-sent events.
 *
 * <p>What it serves, for {@code /<slug>/…} and {@code /}:
 * <ul>
 *   <li>plan pages from memory, freshly rendered, with the overlay and the reload script added;</li>
 *   <li>{@code /assets/…} straight from the templates folder (a CSS edit shows at once), the web
 *   fonts from plandoc itself;</li>
 *   <li>images from the plan folder (they are copied from there);</li>
 *   <li>everything else — PDF, JSON, CSV, the index and the agency view — from the preview's own folder
 *   ({@link PreviewFolder}), once the site lane has caught up with the last edit. Files there are replaced
 *   atomically, so a request never sees half a file.</li>
 * </ul>
 * The published site ({@code site/}) is read once, to start the preview from its files, and never written: an
 * administrator may upload it while a preview runs.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS_PATH = "/__plandoc/events";
    private static final long SITE_WAIT_MILLIS = 60_000;
    private static final String PAGE = type(".html");
    private static final String SCRIPT = type(".js");
    private static final String TEXT = type(".txt");
    private static final String FONT = type(".ttf");
    private static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "gif", "svg");

    private final Path content;
    private final Path templates;
    private final PreviewFolder preview;
    private final Path out;
    private final PreviewState state = new PreviewState();
    private final Messages messages;
    private final Consumer<String> log;
    private final PageDecorator decorator;
    private final LiveEvents events;
    private final PreviewBuilder builder;
    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "plandoc-http");
        thread.setDaemon(true);
        return thread;
    });
    private SourceWatcher watcher;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The server's settings: folders, address and where its messages go.
     *
     * @param site the published site the preview starts from; only read
     */
    public record Settings(Path content, Path templates, Path site, String host, int port, int jobs,
                           RenderSettings render, Messages messages, Consumer<String> log) {
    }

    private PreviewServer(Settings settings) throws IOException {
        this.content = settings.content();
        this.templates = settings.templates();
        this.decorator = new PageDecorator(settings.messages());
        this.messages = settings.messages();
        this.log = settings.log();
        this.events = new LiveEvents(state::versionsJson);
        // Bound first: a port in use leaves no preview folder behind.
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        http.setExecutor(httpThreads);
        http.createContext("/", this::handle);
        try {
            this.preview = PreviewFolder.create(settings.site(), List.of(content, templates));
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            httpThreads.shutdownNow();
            throw e;
        }
        this.out = preview.path();
        Renderers renderers = new Renderers(templates, settings.render());
        this.builder = new PreviewBuilder(content, settings.site(), preview, renderers,
                new SiteUpdate(renderers, ToolVersion.current(), settings.jobs()), state, settings.messages(),
                settings.log(), events::publish);
    }

    /**
     * Reads and renders every plan, starts watching the sources and starts serving. The site lane
     * goes on in the background.
     */
    public static PreviewServer start(Settings settings) throws IOException, InterruptedException {
        PreviewServer server = new PreviewServer(settings);
        try {
            server.builder.start();
            server.watcher = new SourceWatcher(server.content, server.templates, 200, server.builder::apply);
            server.http.start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The folder the preview's files are written to (deleted when the server stops): for tests and benchmarks. */
    public Path previewFolder() {
        return out;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Waits until every change seen so far is in the pages (and, up to {@code millis}, in the site). */
    public boolean awaitIdle(long millis) throws InterruptedException {
        builder.awaitPages();
        return builder.awaitSite(millis);
    }

    /** Milliseconds the last page update took, from reading the plan to its page in memory. */
    public long lastPageMillis() {
        return builder.lastPageMillis();
    }

    /** CPU milliseconds of the last page update (the page lane's thread), for benchmarks. */
    public long lastPageCpuMillis() {
        return builder.lastPageCpuMillis();
    }

    /** Bytes the page lane allocated in the last page update, for tests and benchmarks. */
    public long lastPageBytes() {
        return builder.lastPageBytes();
    }

    private void handle(HttpExchange exchange) {
        boolean keepOpen = false;
        try {
            String method = exchange.getRequestMethod();
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, TEXT, "405".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (path.equals(EVENTS_PATH)) {
                events.connect(exchange);
                keepOpen = true; // LiveEvents writes to it and closes it when the page goes away
            } else {
                route(exchange, path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // A browser that went away mid-response: the server goes on.
        } catch (RuntimeException e) {
            // A fault of plandoc while answering: said, with its trace under PLANDOC_DEBUG=1; the server goes on.
            log.accept(messages.text("serve.internal", Defect.describe(e)));
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException, InterruptedException {
        if (path.contains("\\") || List.of(path.split("/")).contains("..")) {
            notFound(exchange);
            return;
        }
        if (path.equals(PageDecorator.SCRIPT_PATH)) {
            try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
                send(exchange, 200, SCRIPT, in.readAllBytes());
            }
            return;
        }
        if (path.equals("/favicon.ico")) {
            send(exchange, 204, null, new byte[0]);
            return;
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.equals("index.html")) {
            sitePage(exchange, PreviewState.INDEX, "index.html");
            return;
        }
        if (relative.equals("co-quan/") || relative.equals("co-quan/index.html")) {
            sitePage(exchange, PreviewBuilder.AGENCY_PAGE, "co-quan/index.html");
            return;
        }
        if (relative.startsWith("assets/")) {
            assets(exchange, relative.substring("assets/".length()));
            return;
        }
        int slash = relative.indexOf('/');
        String slug = slash < 0 ? relative : relative.substring(0, slash);
        String rest = slash < 0 ? "" : relative.substring(slash + 1);
        Optional<PreviewState.PlanView> plan = state.plan(slug);
        if (plan.isPresent() && slash < 0) {
            redirect(exchange, "/" + slug + "/");
            return;
        }
        if (plan.isPresent() && (rest.isEmpty() || rest.equals("index.html"))) {
            byte[] page = plan.get().page().orElseGet(() -> decorator.placeholder(slug));
            send(exchange, 200, PAGE, decorator.decorate(page, slug, state.version(slug), state.errorsFor(slug)));
            return;
        }
        if (plan.isPresent() && IMAGES.contains(extension(rest)) && Files.isRegularFile(content.resolve(slug).resolve(rest))) {
            file(exchange, content.resolve(slug), rest);
            return;
        }
        builder.awaitSite(SITE_WAIT_MILLIS);
        file(exchange, out, relative);
    }

    /**
     * The index or the agency view: written by the site lane, decorated like a plan page. Served as it
     * is on disk without waiting for the site lane (it may be printing a long PDF): the page reloads
     * itself when the lane writes a new one. Only a first start, with nothing on disk yet, waits.
     */
    private void sitePage(HttpExchange exchange, String page, String file) throws IOException, InterruptedException {
        Path target = out.resolve(file);
        if (!Files.isRegularFile(target)) {
            builder.awaitSite(SITE_WAIT_MILLIS);
        }
        byte[] html = Files.isRegularFile(target) ? Files.readAllBytes(target) : decorator.placeholder(page);
        // A plan left out of the list is named, as build's note names a plan it did not publish.
        List<PreviewState.Issue> issues = new java.util.ArrayList<>(state.errorsFor(page));
        state.unlisted().forEach(slug -> issues.add(new PreviewState.Issue("", messages.text("serve.unlisted", slug),
                true)));
        send(exchange, 200, PAGE, decorator.decorate(html, page, state.version(page), issues));
    }

    private void assets(HttpExchange exchange, String name) throws IOException {
        if (name.equals("fonts/" + PdfFonts.LICENCE_FILE)) {
            send(exchange, 200, TEXT, PdfFonts.licence());
            return;
        }
        if (name.startsWith("fonts/")) {
            for (PdfFonts.WebFont font : PdfFonts.webFonts()) {
                if (name.equals("fonts/" + font.fileName())) {
                    send(exchange, 200, FONT, font.data());
                    return;
                }
            }
        }
        file(exchange, templates.resolve("assets"), name);
    }

    private void file(HttpExchange exchange, Path root, String relative) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (relative.isEmpty() || relative.endsWith("/")) {
            target = target.resolve("index.html");
        }
        if (!target.startsWith(base) || !Files.isRegularFile(target) || target.getFileName().toString().startsWith(".")) {
            notFound(exchange);
            return;
        }
        send(exchange, 200, type(target.getFileName().toString()),
                Files.readAllBytes(target));
    }

    private static String extension(String name) {
        return MediaTypes.extension(name);
    }

    /** The Content-Type of a file served: its media type, text with its charset. */
    private static String type(String name) {
        return MediaTypes.of(name).map(t -> MediaTypes.isText(t) ? t + "; charset=utf-8" : t)
                .orElse("application/octet-stream");
    }

    private void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, TEXT, "404".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        // A preview must never show yesterday's page from the browser's cache.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (status == 204 || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving and deletes the preview's folder; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed.getAndSet(true)) {
            return;
        }
        http.stop(0);
        if (watcher != null) {
            watcher.close();
        }
        events.close();
        builder.close();
        httpThreads.shutdownNow();
        preview.close(); // after the site lane stopped writing into it
    }
}
