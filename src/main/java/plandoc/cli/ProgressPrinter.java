package plandoc.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import plandoc.build.BuildProgress;

/**
 * Shows a build's rendering as it goes. On a terminal, one line rewritten in place ("[3/12]
 * ha-tinh-4086-2012 · 4,2 s") for builds with several plans to render, redrawn twice a second so
 * the clock moves during a long PDF; elsewhere (CI logs, pipes), one plain line per finished plan.
 * {@code --verbose} adds the plans left as they were and each plan's time; {@code --quiet} shows
 * nothing.
 */
final class ProgressPrinter implements BuildProgress, AutoCloseable {
    /** How much to say. */
    enum Level { QUIET, NORMAL, VERBOSE }

    private final Console console;
    private final Level level;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private ScheduledExecutorService ticker;
    private int total;
    private int done;
    private String current = "";
    private boolean lineShown;

    ProgressPrinter(Console console, Level level, boolean terminal) {
        this.console = console;
        this.level = level;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int toRender, int unchanged) {
        total = toRender;
        if (level == Level.VERBOSE) {
            console.out().println(console.text("cli.progress-plan-count", toRender, unchanged));
        }
        if (showsLine()) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "plandoc-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::redraw, 500, 500, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void unchanged(String slug) {
        if (level == Level.VERBOSE) {
            console.out().println(console.text("cli.progress-unchanged", slug));
        }
    }

    @Override
    public synchronized void planStarted(String slug) {
        current = slug;
        redraw();
    }

    @Override
    public synchronized void planFinished(String slug, long millis, boolean ok) {
        finished(slug, millis, ok, "cli.progress-done");
    }

    @Override
    public synchronized void planFinishedSame(String slug, long millis) {
        finished(slug, millis, true, "cli.progress-same");
    }

    /** A plan done: the line redrawn (and, verbose, said above it), or said on its own line when there is no line. */
    private void finished(String slug, long millis, boolean ok, String key) {
        done++;
        String said = console.text(key, done, total, slug, ElapsedTime.format(millis, console.messages()));
        if (showsLine()) {
            redraw();
            if (level == Level.VERBOSE) {
                printAboveLine(said);
            }
        } else if (level != Level.QUIET && ok) {
            console.out().println(said);
        }
    }

    @Override
    public synchronized void finished() {
        close();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (lineShown) {
            console.err().print("\r\033[K");
            console.err().flush();
            lineShown = false;
        }
    }

    /** The updating line is for people watching a terminal, and only worth it with several plans. */
    private boolean showsLine() {
        return terminal && level != Level.QUIET && total > 1;
    }

    private synchronized void redraw() {
        if (!showsLine() || ticker == null) {
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        console.err().print("\r\033[K" + console.text("cli.progress-line", done, total, current,
                ElapsedTime.format(millis, console.messages())));
        console.err().flush();
        lineShown = true;
    }

    private void printAboveLine(String text) {
        console.err().print("\r\033[K");
        console.out().println(text);
        lineShown = false;
        redraw();
    }
}
