package plandoc.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import plandoc.render.AtomicFileWriter;
import plandoc.render.pdf.AssociatedFiles;
import plandoc.render.pdf.Attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code plandoc extract FILE.pdf DIR}: writes the sources a plandoc PDF carries (its associated
 * files with AFRelationship Source) under {@code DIR}, as a content folder: {@code DIR/<slug>/plan.yaml},
 * its Markdown and images, and {@code DIR/agencies.yaml}; {@code plandoc build --content DIR} then
 * rebuilds the same PDF. Nothing is written outside {@code DIR}.
 */
@Command(name = "extract")
final class ExtractCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "${bundle:label.pdf}", descriptionKey = "extract.pdf")
    Path pdf;

    @Parameters(index = "1", paramLabel = "${bundle:label.dir}", descriptionKey = "extract.dir")
    Path dir;

    @Mixin
    CommonOptions common;

    ExtractCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(pdf)) {
            console.err().println(console.text("extract.no-file", pdf));
            return ExitCode.USAGE;
        }
        List<Attachment> sources;
        String sourcesIn;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            sources = AssociatedFiles.read(document).stream()
                    .filter(a -> a.relationship().equals(Attachment.SOURCE)).toList();
            sourcesIn = document.getDocumentInformation().getCustomMetadataValue(Attachment.SOURCES_IN);
        } catch (IOException e) {
            console.err().println(console.text("extract.not-pdf", pdf, e.getMessage()));
            return ExitCode.CONTENT;
        }
        if (sources.isEmpty() && sourcesIn != null && safe(sourcesIn, Path.of("").toAbsolutePath())) {
            // A separate appendix file: its plan's sources are in the plan's PDF, published beside it.
            Path beside = pdf.resolveSibling(sourcesIn);
            // Downloaded alone (s19 tryout): the plan's PDF is not beside it here, but in the portal's folder it came from.
            console.err().println(java.nio.file.Files.isRegularFile(beside)
                    ? console.text("extract.separate", pdf, sourcesIn, beside, Launcher.command(), beside, dir)
                    : console.text("extract.separate-download", pdf, sourcesIn, beside, Launcher.command(), dir));
            return ExitCode.CONTENT;
        }
        if (sources.isEmpty()) {
            console.err().println(console.text("extract.no-sources", pdf));
            return ExitCode.CONTENT;
        }
        Path root = dir.toAbsolutePath().normalize();
        for (Attachment source : sources) {
            if (!safe(source.name(), root)) {
                console.err().println(console.text("extract.bad-name", pdf, source.name()));
                return ExitCode.CONTENT;
            }
        }
        AtomicFileWriter writer = new AtomicFileWriter();
        for (Attachment source : sources) {
            writer.write(root.resolve(source.name()), source.bytes());
        }
        console.out().println(console.text("extract.done", sources.size(), dir, Launcher.command(), dir));
        return ExitCode.OK;
    }

    /** A relative name that stays inside the folder: no "..", no absolute path, no drive, no backslash. */
    private static boolean safe(String name, Path root) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return root.resolve(name).normalize().startsWith(root);
    }
}
