package plandoc.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the content and templates folders (every sub-folder, including ones created later) with
 * the JDK's {@link WatchService} and reports bursts of events as one {@link Changes}: an editor's
 * save is often several events (a temporary file, a rename, a modification), so events are
 * gathered until {@code quiet} passes without a new one.
 */
final class SourceWatcher implements AutoCloseable {
    private final Path content;
    private final Path templates;
    private final long quietMillis;
    private final WatchService service;
    private final Map<WatchKey, Path> directories = new HashMap<>();
    private final Thread thread;

    SourceWatcher(Path content, Path templates, long quietMillis, Consumer<Changes> listener) throws IOException {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        this.quietMillis = quietMillis;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.content);
        registerTree(this.templates);
        this.thread = new Thread(() -> run(listener), "plandoc-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Consumer<Changes> listener) {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<String> plans = new HashSet<>();
                boolean[] flags = new boolean[2]; // every plan, templates
                collect(first, plans, flags);
                // Gather the rest of the burst: until the folders stay quiet for a moment.
                for (WatchKey next = service.poll(quietMillis, TimeUnit.MILLISECONDS); next != null;
                     next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) {
                    collect(next, plans, flags);
                }
                Changes changes = new Changes(plans, flags[0], flags[1]);
                if (!changes.isEmpty()) {
                    listener.accept(changes);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private void collect(WatchKey key, Set<String> plans, boolean[] flags) {
        Path dir = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                flags[0] = true;
                flags[1] = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                registerQuietly(changed);
            }
            classify(changed, plans, flags);
        }
        if (!key.reset()) {
            directories.remove(key);
        }
    }

    private void classify(Path changed, Set<String> plans, boolean[] flags) {
        if (changed.startsWith(templates)) {
            flags[1] = true;
        } else if (changed.startsWith(content) && !changed.equals(content)) {
            Path relative = content.relativize(changed);
            if (relative.getNameCount() == 1 && !Files.isDirectory(changed) && !plans.contains(relative.toString())
                    && !isScratch(relative.toString())) {
                // A file beside the plan folders: the agency register and the like feed every plan.
                // (A deleted plan folder also lands here; reading every plan again covers it.)
                flags[0] = true;
            } else {
                plans.add(relative.getName(0).toString());
            }
        }
    }

    private static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.equals("4913");
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(Files::isDirectory).toList();
        }
        for (Path dir : dirs) {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            directories.put(key, dir);
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // a folder deleted as soon as created: nothing to watch
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
