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
    /** The errors of {@code url:} (load.ProvinceReader). */
    private static final java.util.Set<String> ADDRESS_ERRORS = java.util.Set.of("province.url-not-web",
            "province.url-space", "province.url-example");

    private ContentProvince() {
    }

    /** @param content a content folder, or one plan folder (then the province beside it) */
    static Province of(Path content) {
        return new PlanLoader(Path.of("")).provinceOf(content, new Problems());
    }

    /**
     * {@code history: public} in a content folder outside git (or before its first commit): the portal's pages list
     * each plan's versions from its commits, so there is nothing to list, and the setting was dropped without a word
     * (s26 tryout M-3). Said at the key, with how to get the history.
     */
    static java.util.Optional<plandoc.diagnostic.Problem> historyOutsideGit(Path content) {
        Province province = of(content);
        if (province.history() != Province.Shown.PUBLIC || province.historyAt().isEmpty()) {
            return java.util.Optional.empty();
        }
        Path folder = PlanLoader.isPlanFolder(content) ? content.toAbsolutePath().normalize().getParent() : content;
        if (new plandoc.history.ProvenanceReader().head(folder).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new plandoc.diagnostic.Problem(plandoc.diagnostic.Severity.WARNING,
                province.historyAt().get(), plandoc.diagnostic.Message.of("warning.history-outside-git",
                        PlanLoader.isPlanFolder(content) && content.getParent() != null ? content.getParent() : content)));
    }

    /** Whether province.yaml gives a {@code url:} with an error: the build then has no address from it. */
    static boolean wrongAddress(Path content) {
        Problems problems = new Problems();
        new PlanLoader(Path.of("")).provinceOf(content, problems);
        return problems.sorted().stream().anyMatch(p -> ADDRESS_ERRORS.contains(p.message().key()));
    }
}
