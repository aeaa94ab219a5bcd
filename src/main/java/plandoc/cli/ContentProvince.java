package plandoc.cli;

import java.nio.file.Path;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.model.Province;

/**
 * The province of the content a command works on ({@code content/province.yaml}), for what the command
 * itself prints (the portal's name in the site's pages). Its problems are not printed here: every plan
 * reads the file too, and reports them as its own.
 */
final class ContentProvince {
    private ContentProvince() {
    }

    /** @param content a content folder, or one plan folder (then the province beside it) */
    static Province of(Path content) {
        return new PlanLoader(Path.of("")).provinceOf(content, new Problems());
    }
}
