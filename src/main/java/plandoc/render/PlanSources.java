package plandoc.render;

import plandoc.model.KeyFiles;
import plandoc.model.Province;
import plandoc.render.pdf.Attachment;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files a plan is built from, carried inside its PDF (AFRelationship Source) so the PDF alone
 * can be rebuilt and re-checked: exactly the files the loader read ({@link ResolvedPlan#sources}) —
 * plan.yaml, the Markdown and images it names, its own agency register, and beside the plan folders
 * {@code province.yaml} (without the keys no document prints, {@link CarriedProvince}; not at all when nothing else
 * is left in it) and the register it reads —
 * named relative to the content folder
 * ("ha-tinh-4086-2012/plan.yaml", "agencies.yaml"). Nothing else of the folder goes out with the
 * public PDF (an internal note, an old draft), and never a key store or certificate ({@link KeyFiles}).
 * A plan made in memory has none.
 */
final class PlanSources {

    private PlanSources() {
    }

    static List<Attachment> of(ResolvedPlan plan) throws IOException {
        if (plan.sourceFolder().isEmpty()) {
            return List.of();
        }
        Path contentDir = plan.sourceFolder().get().toAbsolutePath().normalize().getParent();
        List<Attachment> files = new ArrayList<>();
        boolean ownRegister = CarriedProvince.ownRegister(plan.sources());
        for (String name : plan.sources()) {
            if (!KeyFiles.named(name)) {
                byte[] bytes = Files.readAllBytes(contentDir.resolve(name));
                byte[] carried = name.equals(Province.FILE) ? CarriedProvince.of(bytes, ownRegister) : bytes;
                if (!name.equals(Province.FILE) || !CarriedProvince.saysNothing(carried)) {
                    files.add(new Attachment(name, mimeType(name), Attachment.SOURCE,
                            plan.fileLabels().sourceDescription(name), carried));
                }
            }
        }
        return files;
    }

    private static String mimeType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return "application/yaml";
        } else if (lower.endsWith(".md")) {
            return "text/markdown";
        } else if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return "application/octet-stream";
    }
}
