package plandoc.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import plandoc.Generator;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TocEntry;

/**
 * Issue 17 item 2, measured (docs/benchmarks.md, "s13-parallel"): a plan's PDF in a fresh JVM, either
 * printed whole as plandoc prints it, or as two documents printed at once on two threads — the body
 * (the decision and its attached text) and the appendices, cut from the same page at the first
 * appendix — then joined with PDFBox's merger and saved. Prints the PDF phase's wall time and the
 * process's CPU over it. The joined file is a measurement, not a valid output: its links across the
 * cut, page labels, structure tree and signature field are not made right. The second core is free of
 * the Word and Excel files here, so this is the split's best case. Run with the wrapper's flags:
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn32m -Djdk.reflect.useNativeAccessorOnly=true
 *   -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.bench.SplitPdf single|split PLAN-FOLDER [OUT.pdf]
 * from the project folder (its templates/). Images are left out in both modes (no image map), as are the
 * e-document record and the associated files.
 */
public final class SplitPdf {

    private static final String FIRST_APPENDIX = "<section class=\"appendix";
    private static final String MAIN_DOCUMENT = "<div class=\"main-document\">";
    private static final String MAIN_END = "</main>";
    /** When both parts were printed (System.nanoTime), for the join's share of the split's time. */
    private static long partsPrinted;

    public static void main(String[] args) throws Exception {
        boolean split = switch (args[0]) {
            case "single" -> false;
            case "split" -> true;
            default -> throw new IllegalArgumentException("single or split, not " + args[0]);
        };
        Path project = Path.of("");
        ResolvedPlan plan = new Generator(project).resolve(Path.of(args[1])).resolved().orElseThrow();
        PlanRenderer pages = PlanRenderer.forTemplates(project.resolve("templates"),
                new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults());
        String page = pages.renderPage(plan);
        String css = Files.readString(project.resolve("templates/assets/pdf.css"), StandardCharsets.UTF_8);
        PdfRenderer pdf = new PdfRenderer(PdfFonts.load(project.resolve("templates")), css, RenderSettings.defaults());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        byte[] bytes = split ? joined(pdf, page, plan)
                : pdf.print(page, plan.info(), plan.toc(), Map.of(), Map.of(), Optional.empty(), List.of()).bytes();
        long pdfWall = (System.nanoTime() - wall) / 1_000_000;
        long pdfCpu = (os.getProcessCpuTime() - cpu) / 1_000_000;
        int pageCount;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            pageCount = document.getNumberOfPages();
        }
        System.out.printf("%s pdf-wall %d ms pdf-cpu %d ms pages %d bytes %d parts-printed %d ms%n", args[0], pdfWall,
                pdfCpu, pageCount, bytes.length, split ? (partsPrinted - wall) / 1_000_000 : pdfWall);
        if (args.length > 2) {
            Files.write(Path.of(args[2]), bytes);
        }
    }

    /** Body and appendices printed on two threads, each saved (fonts subset), then loaded and joined. */
    private static byte[] joined(PdfRenderer pdf, String page, ResolvedPlan plan) throws Exception {
        int first = page.indexOf(FIRST_APPENDIX);
        int main = page.indexOf(MAIN_DOCUMENT);
        int end = page.lastIndexOf(MAIN_END);
        if (first < 0 || main < 0 || end < first) {
            throw new IllegalArgumentException("the page has no appendix to print apart");
        }
        String body = page.substring(0, first) + page.substring(end);
        String appendices = page.substring(0, main) + page.substring(first);
        List<TocEntry> bodyToc = plan.toc().stream().filter(t -> body.contains("id=\"" + t.anchor() + "\"")).toList();
        List<TocEntry> appendixToc = plan.toc().stream().filter(t -> !bodyToc.contains(t)).toList();
        FutureTask<byte[]> second = new FutureTask<>(() -> pdf.print(appendices, plan.info(), appendixToc, Map.of(),
                Map.of(), Optional.empty(), List.of()).bytes());
        Thread thread = new Thread(second, "split-appendices");
        thread.start();
        byte[] front = pdf.print(body, plan.info(), bodyToc, Map.of(), Map.of(), Optional.empty(), List.of()).bytes();
        byte[] back = second.get();
        partsPrinted = System.nanoTime();
        try (PDDocument whole = Loader.loadPDF(front); PDDocument rest = Loader.loadPDF(back)) {
            new PDFMergerUtility().appendDocument(whole, rest);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            whole.save(out);
            return out.toByteArray();
        }
    }
}
