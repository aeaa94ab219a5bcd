package plandoc.build;

/**
 * A one-plan build checks its plan on one thread and leaves the second core idle until the plan is
 * rendered. This sets up the renderer there meanwhile: templates, the PDF stylesheet and the fonts
 * read, the plan template parsed and a throw-away page printed, so that the plan's own render finds
 * openhtmltopdf's and PDFBox's code loaded and compiled and the fonts' metrics read (issue 17,
 * docs/benchmarks.md). The renderer it makes is the one the build then uses ({@link Renderers} makes
 * it once); nothing it prints is kept. A failure here only means no head start: the build makes the
 * renderer again and reports what is wrong.
 */
final class RenderHeadStart {

    private RenderHeadStart() {
    }

    /** Starts on a daemon thread and returns at once. */
    static void start(Renderers renderers) {
        Thread thread = new Thread(() -> {
            try {
                renderers.planRenderer().warmUp();
            } catch (Exception | LinkageError e) {
                // Only a head start (see above).
            }
        }, "plandoc-render-head-start");
        thread.setDaemon(true);
        thread.start();
    }
}
