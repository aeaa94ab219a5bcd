package plandoc.render;

import plandoc.render.pdf.PdfWarmUp;

import java.nio.file.Path;

/**
 * While a one-plan build checks its plan on the main thread, the second core writes throw-away office
 * files and prints a throw-away PDF, so the libraries' classes are loaded, initialised and compiled
 * before the plan's own files need them (issue 17, docs/benchmarks.md). Nothing made here is kept or
 * shared with the real render; a failure only means no head start.
 */
public final class RenderWarmUp {

    private RenderWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; returns at once. */
    public static void start(Path templatesDir) {
        Thread thread = new Thread(() -> {
            try {
                // The office files first: in a cold build they take longer than the PDF (SecondCore).
                OfficeWarmUp.write();
            } catch (Exception | LinkageError e) {
                // only a head start
            }
            PdfWarmUp.run(templatesDir);
        }, "plandoc-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
