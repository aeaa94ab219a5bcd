package plandoc.build;

/**
 * A one-plan build checks its plan on one thread and leaves the second core idle until the plan is
 * rendered. This sets up the renderer there meanwhile (issue 17): the templates, the PDF stylesheet and
 * the fonts read, the plan template parsed — work the build does anyway, taken off its critical path.
 * The renderer it makes is the one the build then uses ({@link Renderers} makes it once, and a build
 * that needs it sooner waits for it). A failure here only means no head start: the build makes the
 * renderer again and reports what is wrong.
 *
 * <p>Printing a throw-away page here as well, to load and compile openhtmltopdf's code before the plan's
 * PDF, was measured and not kept: a first print costs about as much as the plan's own, so it outlasted
 * the check and then competed with the real render (docs/benchmarks.md).
 */
final class RenderHeadStart {

    private RenderHeadStart() {
    }

    /** Starts on a daemon thread and returns at once. */
    static void start(Renderers renderers) {
        Thread thread = new Thread(() -> {
            try {
                renderers.planRenderer().preloadTemplates();
            } catch (Exception | LinkageError e) {
                // Only a head start (see above).
            }
        }, "plandoc-render-head-start");
        thread.setDaemon(true);
        thread.start();
    }
}
