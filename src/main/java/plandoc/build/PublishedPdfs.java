package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import plandoc.render.RenderedPlan;

/**
 * An issued document whose edit changes nothing printed ({@link IssuedFreeze.KeepPublished}) keeps the PDFs the site
 * published: each carries the sources as issued, which the edit is not to replace (s37: an agencies.yaml edit
 * replaced every issued PDF). Its other files are made from the same resolved document, so they are the same; its
 * page is made again, for what it shows beside the text (a signature, the province's history).
 */
final class PublishedPdfs {
    private PublishedPdfs() {
    }

    /** {@code made} with the PDFs its published folder {@code folder} holds under the same names in place of its own. */
    static RenderedPlan inPlaceOf(RenderedPlan made, Path folder) throws IOException {
        List<RenderedPlan.OutputFile> files = new ArrayList<>();
        for (RenderedPlan.OutputFile file : made.files()) {
            Path published = folder.resolve(file.name());
            boolean pdf = file.name().toLowerCase(Locale.ROOT).endsWith(".pdf");
            files.add(pdf && Files.isRegularFile(published)
                    ? new RenderedPlan.OutputFile(file.name(), Files.readAllBytes(published)) : file);
        }
        return made.withFiles(files);
    }
}
