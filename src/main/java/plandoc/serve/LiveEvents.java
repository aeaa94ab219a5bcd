package plandoc.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-sent events to the open pages. Each event carries the version of every page; a page
 * reloads itself when its own version differs from the one it was served with. The current versions
 * are also sent as soon as a page connects, so a change made between serving a page and its
 * connecting is not missed. A comment line every 15 s finds connections the browser dropped.
 */
final class LiveEvents implements AutoCloseable {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private final Supplier<String> versions;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plandoc-events");
        thread.setDaemon(true);
        return thread;
    });

    /** @param versions the current versions as a JSON object, page key → number */
    LiveEvents(Supplier<String> versions) {
        this.versions = versions;
        heartbeat.scheduleAtFixedRate(() -> sendToAll(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** Takes over the exchange: the response stays open until the page goes away or the server stops. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        // Browsers retry after a dropped connection; 1 s keeps a restarted server's pages in step.
        if (!send(exchange, "retry: 1000\nevent: versions\ndata: " + versions.get() + "\n\n")) {
            clients.remove(exchange);
        }
    }

    /** Tells every open page the current versions. */
    void publish() {
        sendToAll("event: versions\ndata: " + versions.get() + "\n\n");
    }

    int clientCount() {
        return clients.size();
    }

    private void sendToAll(String message) {
        List<HttpExchange> gone = new ArrayList<>();
        for (HttpExchange client : clients) {
            if (!send(client, message)) {
                gone.add(client);
            }
        }
        clients.removeAll(gone);
    }

    private static boolean send(HttpExchange client, String message) {
        try {
            OutputStream body = client.getResponseBody();
            synchronized (client) {
                body.write(message.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
            return true;
        } catch (IOException e) {
            client.close();
            return false;
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
