package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.render.pdf.PdfFonts;

/**
 * The warning that issued plans' PDFs would embed the bundled Liberation Serif in place of the Times New Roman Decree
 * 30 names (§3, §13 F1; s27 review M2: it was one closing line of build, not counted, and check --strict passed).
 * Counted as a template's warning is, at the folder where the fix goes (the one PLANDOC_FONTS names, else the
 * templates' fonts/), by every check that holds an issued plan and every build that publishes one. It says what each
 * folder looked in lacks (s28 tryout F7: three files of four, or a PLANDOC_FONTS folder mistyped, got the same
 * sentence as none). An office's own serif files (templates/fonts/serif-*.ttf, or in the folder PLANDOC_FONTS names)
 * are its choice and no warning: the decree allows a metric-compatible font where licensing requires one. A
 * draft-only build says the same sentence as a closing line, once per site.
 */
final class StandInFont {
    private StandInFont() {
    }

    /**
     * The warning when {@code issued} (the run checks or publishes an issued plan) and the fonts found in
     * {@code authorTemplates}' fonts/, the office's folder in {@code environment}, or the system's are the stand-in;
     * its phrases in {@code messages}' language.
     */
    static List<Problem> warning(Path authorTemplates, Map<String, String> environment, boolean issued,
                                 Messages messages) {
        return issued ? standIn(authorTemplates, environment, messages).stream().toList() : List.of();
    }

    /**
     * A draft build's closing line, once per site: the warning's own words, not counted (s37 review L3: a shorter
     * sentence of its own left out PLANDOC_FONTS and the licence); empty when the fonts found are not the stand-in.
     */
    static Optional<String> draftNotice(Path authorTemplates, Map<String, String> environment, Messages messages) {
        return standIn(authorTemplates, environment, messages)
                .map(p -> p.at() + ": " + messages.format(p.message()));
    }

    private static Optional<Problem> standIn(Path authorTemplates, Map<String, String> environment,
                                             Messages messages) {
        Optional<Path> office = plandoc.render.RenderSettings.fromEnvironment(environment).fonts();
        List<PdfFonts.FolderSearch> searched;
        try {
            if (!PdfFonts.standIn(authorTemplates, office)) {
                return Optional.empty();
            }
            searched = PdfFonts.searched(authorTemplates, office);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable font folder: render says what is wrong with it
        }
        // Where the files go: the office's folder when one is named (searched last), else the templates' fonts/.
        PdfFonts.FolderSearch target = searched.get(searched.size() - 1);
        List<String> found = new ArrayList<>();
        for (PdfFonts.FolderSearch folder : searched) {
            found.add(found(folder, office.isPresent() && folder == target, messages));
        }
        found.add(messages.text("fonts.found-system"));
        List<String> lacking = target.lacking().stream().map(PdfFonts.MissingFace::file).toList();
        String files = messages.text(lacking.size() == 1 ? "fonts.files-one" : "fonts.files-many",
                String.join(", ", lacking));
        String where = target.folder().toString();
        String fix = office.isEmpty() ? messages.text("fonts.fix-templates", where, files)
                : target.exists() ? messages.text("fonts.fix-office", where, files)
                : messages.text("fonts.fix-office-folder", where, files);
        return Optional.of(new Problem(Severity.WARNING, SourcePosition.whole(where),
                Message.of("fonts.stand-in", String.join("; ", found), fix)));
    }

    /** What {@code search} found: no folder, no .ttf, no Times New Roman, or which faces it lacks. */
    private static String found(PdfFonts.FolderSearch search, boolean office, Messages messages) {
        String folder = search.folder().toString();
        if (!search.exists()) {
            return messages.text(office ? "fonts.found-no-office-folder" : "fonts.found-no-folder", folder);
        }
        String named = office ? messages.text("fonts.office-folder", folder) : folder;
        if (!search.trueType()) {
            return messages.text("fonts.found-no-ttf", named);
        }
        if (search.missing().size() == 4) {
            return messages.text("fonts.found-none", named);
        }
        List<String> said = new ArrayList<>();
        if (!search.missing().isEmpty()) {
            said.add(messages.text("fonts.found-missing", named, faces(search.missing(), messages)));
        }
        if (!search.withoutVietnamese().isEmpty()) {
            said.add(messages.text("fonts.found-old", named, faces(search.withoutVietnamese(), messages)));
        }
        said.addAll(otherFonts(search.otherFonts(), named, messages));
        return String.join(", ", said);
    }

    /**
     * The files under Times New Roman's names that hold another font (s29 tryout F8: Liberation Serif renamed times.ttf
     * was taken for the decree's font), one phrase per font, or another face of Times New Roman, one per file.
     */
    private static List<String> otherFonts(List<PdfFonts.OtherFont> others, String named, Messages messages) {
        List<String> said = new ArrayList<>();
        Map<String, List<PdfFonts.MissingFace>> byFamily = new java.util.LinkedHashMap<>();
        for (PdfFonts.OtherFont other : others) {
            if (other.timesNewRoman()) {
                said.add(messages.text("fonts.found-other-face", named, faces(List.of(other.missing()), messages),
                        other.subfamily(), messages.text("fonts.face." + other.face())));
            } else {
                byFamily.computeIfAbsent(other.family(), f -> new ArrayList<>()).add(other.missing());
            }
        }
        byFamily.forEach((family, files) -> said.add(family.isEmpty()
                ? messages.text("fonts.found-unnamed", named, faces(files, messages))
                : messages.text("fonts.found-other", named, faces(files, messages), family)));
        return said;
    }

    /** "timesbi.ttf (đậm nghiêng), …". */
    private static String faces(List<PdfFonts.MissingFace> faces, Messages messages) {
        return String.join(", ", faces.stream().map(f -> messages.text("fonts.face-file", f.file(),
                messages.text("fonts.face." + f.face()))).toList());
    }
}
