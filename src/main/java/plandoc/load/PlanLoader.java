package plandoc.load;

import plandoc.diagnostic.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.AgencyRegister;
import plandoc.model.AppendixContent;
import plandoc.model.Plan;
import plandoc.model.Province;
import plandoc.model.Text;

/** Loads plan folders ({@code content/<slug>/plan.yaml} and the files it names) into {@link Plan}s. */
public final class PlanLoader {
    public static final String PLAN_FILE = "plan.yaml";
    public static final String AGENCY_FILE = AgencyRegister.FILE;

    /** The files read beside the plan folders; a folder under one of these names is a mistake, not a plan. */
    private static final List<String> FILES_BESIDE = List.of(AGENCY_FILE, Province.FILE);

    private final YamlTreeReader yaml = new YamlTreeReader();
    private final Path workingDirectory;

    /** @param workingDirectory paths in messages are shown relative to it, as the user typed them */
    public PlanLoader(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The plan folders under a content directory: its sub-folders, in name order. */
    public List<Path> planFolders(Path contentDir) throws IOException {
        try (Stream<Path> children = Files.list(contentDir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> !FILES_BESIDE.contains(p.getFileName().toString())) // a register made a folder by mistake
                    .sorted()
                    .toList();
        }
    }

    /**
     * The plans {@code check DIR} and {@code build DIR} read: DIR itself when it is a plan folder, else its plan
     * folders; a folder with neither but a plan file under a near name ({@code plan.yml}) is taken as the plan folder
     * it was meant to be, so that its one error says what to rename.
     */
    public List<Path> plansIn(Path dir) throws IOException {
        if (isPlanFolder(dir)) {
            return List.of(dir);
        }
        List<Path> folders = planFolders(dir);
        return folders.isEmpty() && misnamedPlanFile(dir).isPresent() ? List.of(dir) : folders;
    }

    /** Whether a directory is itself a plan folder rather than a content directory of plans. */
    public static boolean isPlanFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(PLAN_FILE));
    }

    /** Loads one plan folder; the plan is absent when its problems make it unreadable. */
    public Optional<Plan> load(Path folder, Problems problems) {
        Path file = folder.resolve(PLAN_FILE);
        String display = display(file);
        if (!Files.isRegularFile(file)) {
            Optional<Path> misnamed = misnamedPlanFile(folder);
            if (misnamed.isPresent()) {
                String name = misnamed.get().getFileName().toString();
                problems.error(SourcePosition.startOf(display(misnamed.get())), "plan.misnamed-plan-file", name, PLAN_FILE);
            } else {
                problems.error(SourcePosition.startOf(display(folder)), "plan.no-plan-file", PLAN_FILE);
            }
            return Optional.empty();
        }
        SourceFile source = SourceFile.read(file, display, problems);
        if (source == null) {
            return Optional.empty();
        }
        YamlNode root = yaml.read(source, problems);
        if (root == null) {
            return Optional.empty();
        }
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        if (!FolderName.isPublishable(name)) {
            problems.error(SourcePosition.startOf(display(folder)), "plan.bad-folder-name", name,
                    FolderName.suggestion(name));
        }
        Nodes nodes = new Nodes(problems);
        if (hasUnknownTopLevelKey(root)) {
            // A misspelt section ("budget:") makes everything that refers into it fail too; its cause alone is the news.
            nodes.fields(root, "plan.yaml", PlanShape.PLAN.keyNames());
            return Optional.empty();
        }
        FolderFiles files = new FolderFiles(folder, nodes);
        PlanReader reader = new PlanReader(nodes, files);
        Path contentDir = folder.toAbsolutePath().normalize().getParent();
        Province province = province(contentDir, nodes);
        keyFilesBeside(contentDir, problems);
        foldersNamedAsFiles(contentDir, problems);
        AgencyRegister shared = register(contentDir, province.register(), reader, problems);
        AgencyRegister own = register(folder, AGENCY_FILE, reader, problems);
        // plan_register: replace: a plan folder with its own register (another province's) uses it alone.
        boolean replacing = province.planRegister() == Province.PlanRegister.REPLACE;
        AgencyRegister agencies = replacing
                && Files.isRegularFile(folder.resolve(AGENCY_FILE)) ? own.replacing(shared) : shared.with(own);
        RegisterCheck.sameIds(shared, own, replacing, problems);
        Optional<Plan> plan = reader.plan(folder.getFileName().toString(), folder, root);
        if (plan.isEmpty()) {
            return plan;
        }
        files.read(file);
        if (Files.isRegularFile(folder.resolve(AGENCY_FILE))) {
            files.read(folder.resolve(AGENCY_FILE));
        }
        List<String> sources = new ArrayList<>(files.unused(problems));
        // Beside the plan folders, only what was read: province.yaml and the register it names (agencies.yaml).
        new java.util.TreeSet<>(List.of(Province.FILE, province.register())).stream()
                .filter(beside -> contentDir != null && Files.isRegularFile(contentDir.resolve(beside)))
                .forEach(sources::add);
        return plan.map(p -> new Plan(p.slug(), p.folder(), p.document(), p.body(), p.axes(), p.objectives(),
                p.tasks(), p.budgets(), p.appendices(), agencies, p.unread(), sources));
    }

    /**
     * What a plan says its issuer is ({@code document.issuer.name}, and its {@code parent}, the chủ quản line of a
     * department's document), read from the YAML alone: {@code new} names the province the plans beside it name,
     * whatever else is wrong in them. Empty when the file cannot be read or says neither.
     */
    public List<String> issuerNames(Path folder) {
        Problems ignored = new Problems();
        SourceFile source = SourceFile.read(folder.resolve(PLAN_FILE), PLAN_FILE, ignored);
        YamlNode root = source == null ? null : yaml.read(source, ignored);
        List<String> names = new ArrayList<>();
        if (child(root, "document") instanceof YamlNode.Mapping document
                && child(document, "issuer") instanceof YamlNode.Mapping issuer) {
            for (String key : List.of("name", "parent")) {
                if (child(issuer, key) instanceof YamlNode.Scalar name) {
                    names.add(name.text());
                }
            }
        }
        return names;
    }

    private static YamlNode child(YamlNode node, String key) {
        return node instanceof YamlNode.Mapping mapping ? mapping.entry(key).map(YamlNode.Entry::value).orElse(null) : null;
    }

    /**
     * The plan file saved under a near name ({@code plan.yml}, {@code Plan.yaml}, {@code plan.yaml.txt} from an
     * editor that adds its own extension): read as no plan at all, the officer would not see why.
     */
    public static Optional<Path> misnamedPlanFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).strip();
                return !name.equals(PLAN_FILE) && (name.contains(".yml") || name.contains(".yaml"))
                        && (name.startsWith("plan.") || !Suggestions.near(name, List.of(PLAN_FILE)).isEmpty());
            }).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A key store or certificate beside the plan folders: never read nor published, but whoever has the content
     * folder has the key, as with one in a plan folder ({@code plan.key-file}). Said by every plan, printed once.
     * Only of a content folder (named content, or holding the files every plan reads): a lone plan folder's parent
     * may be any folder (a download folder, /tmp) whose files are none of the plan's business.
     */
    private void keyFilesBeside(Path contentDir, Problems problems) {
        if (contentDir == null || !(contentDir.getFileName() != null && contentDir.getFileName().toString().equals("content")
                || Files.isRegularFile(contentDir.resolve(Province.FILE)) || Files.isRegularFile(contentDir.resolve(AGENCY_FILE)))) {
            return;
        }
        try (Stream<Path> files = Files.list(contentDir)) {
            files.filter(Files::isRegularFile).filter(f -> plandoc.model.KeyFiles.named(f.getFileName().toString()))
                    .sorted().forEach(f -> problems.warning(SourcePosition.startOf(display(f)), "content.key-file",
                            f.getFileName().toString()));
        } catch (IOException e) {
            // the plan folder in it was read: a content folder that cannot be listed again hides nothing new
        }
    }

    /** A folder where agencies.yaml or province.yaml belongs: its content would silently be no register. */
    private void foldersNamedAsFiles(Path contentDir, Problems problems) {
        if (contentDir == null) {
            return;
        }
        for (String name : FILES_BESIDE) {
            Path dir = contentDir.resolve(name);
            if (Files.isDirectory(dir)) {
                problems.error(SourcePosition.startOf(display(dir)), "content.file-is-folder", name);
            }
        }
    }

    private static boolean hasUnknownTopLevelKey(YamlNode root) {
        if (root instanceof YamlNode.Mapping m) {
            List<String> known = PlanShape.PLAN.keyNames(); // once, not once per entry
            return m.entries().stream().anyMatch(e -> !known.contains(e.key()));
        }
        return false;
    }

    /**
     * What {@code province.yaml} beside the plan folders says ({@link Province#NONE} without the file), its
     * problems reported into {@code problems}: every plan reads it, so its mistakes are every plan's.
     *
     * @param contentDir the folder holding the plan folders
     */
    public Province province(Path contentDir, Problems problems) {
        return province(contentDir == null ? null : contentDir.toAbsolutePath().normalize(), new Nodes(problems));
    }

    /** The province of a content folder, or of the one plan folder {@code dir} (then its parent's). */
    public Province provinceOf(Path dir, Problems problems) {
        Path absolute = dir.toAbsolutePath().normalize();
        return province(isPlanFolder(absolute) ? absolute.getParent() : absolute, problems);
    }

    private Province province(Path contentDir, Nodes nodes) {
        Path file = contentDir == null ? null : contentDir.resolve(Province.FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return Province.NONE;
        }
        SourceFile source = SourceFile.read(file, display(file), nodes.problems());
        if (source == null || source.text().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return Province.NONE; // a file of comments only says nothing (every key may be left out)
        }
        YamlNode root = yaml.read(source, nodes.problems(), PlanShape.PROVINCE);
        return root == null ? Province.NONE : new ProvinceReader(nodes).province(root, contentDir);
    }

    /**
     * What {@code hieu-luc.yaml} in a plan folder says of the document's standing, its problems reported into
     * {@code problems}; none without the file. Not one of the plan's sources: the PDF does not carry it.
     */
    public Optional<plandoc.model.StandingNote> standing(Path folder, Problems problems) {
        Path file = folder.resolve(plandoc.model.StandingNote.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SourceFile source = SourceFile.read(file, display(file), problems);
        if (source == null) {
            return Optional.empty();
        }
        YamlNode root = yaml.read(source, problems, PlanShape.STANDING);
        if (root == null) {
            return Optional.empty();
        }
        Nodes nodes = new Nodes(problems);
        Fields f = nodes.fields(root, plandoc.model.StandingNote.FILE, PlanShape.STANDING.keyNames());
        Optional<String> replacedBy = f.optional("replaced_by", nodes::string).map(String::strip).filter(v -> !v.isEmpty());
        Optional<java.time.LocalDate> replacedFrom = f.optional("replaced_from", nodes::date);
        Optional<java.time.LocalDate> expired = f.optional("expired", nodes::date);
        return Optional.of(new plandoc.model.StandingNote(replacedBy,
                f.node("replaced_by").map(YamlNode::at).orElse(f.at()), replacedFrom,
                f.node("replaced_from").map(YamlNode::at).orElse(f.at()), expired,
                f.node("expired").map(YamlNode::at).orElse(f.at()), f.at()));
    }

    /** The register in {@code dir/name}, or none when the folder has no such file. */
    private AgencyRegister register(Path dir, String name, PlanReader reader, Problems problems) {
        Path file = dir == null ? null : dir.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            return AgencyRegister.NONE;
        }
        SourceFile source = SourceFile.read(file, display(file), problems);
        if (source != null && source.text().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            // The reader's own "empty file" speaks of a plan's document:, which a register has no use for.
            problems.error(SourcePosition.startOf(source.displayPath()), "agencies.empty-file", name);
            return AgencyRegister.NONE;
        }
        YamlNode root = source == null ? null : yaml.read(source, problems, PlanShape.AGENCY_REGISTER);
        if (root == null) {
            return AgencyRegister.NONE;
        }
        AgencyRegister register = reader.agencies(root);
        RegisterCheck.check(register, problems);
        return register;
    }

    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * Files named by a plan. Only files inside the plan folder are read: a plan is published as
     * it is, and a path escaping the folder (../../x, /etc/x, a symlink out) would publish
     * something that is not part of it.
     */
    private final class FolderFiles implements PlanReader.PlanFiles {
        private final Path folder;
        private final Nodes nodes;
        /** What the plan read of its folder, relative to it with '/'. */
        private final java.util.Set<String> read = new java.util.TreeSet<>();

        FolderFiles(Path folder, Nodes nodes) {
            this.folder = folder;
            this.nodes = nodes;
        }

        void read(Path file) {
            read.add(folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/'));
        }

        /**
         * The files the plan read, named under its folder's name ("slug/plan.yaml"), in path order; each other
         * file of the folder is reported: it is not published, and the officer who left it there should know
         * (a key store most of all). Hidden files and editors' backups ("plan.yaml~") are nobody's business.
         * Said only of a plan read without errors: a misspelt {@code file:} name makes its file look unused,
         * and the error already names it.
         */
        List<String> unused(Problems problems) {
            Path root = folder.toAbsolutePath().normalize();
            List<Path> all;
            try (Stream<Path> walk = problems.hasErrors() ? Stream.empty() : Files.walk(root)) {
                all = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                all = List.of(); // the plan was read: a folder that cannot be listed again hides nothing new
            }
            List<Path> outputs = outputFolders(root, all);
            outputs.forEach(o -> problems.warning(SourcePosition.startOf(display(o)), "plan.output-folder",
                    root.relativize(o).toString().replace('\\', '/')));
            for (Path file : all) {
                Path relative = root.relativize(file);
                if (outputs.stream().anyMatch(file::startsWith) && !read.contains(relative.toString().replace('\\', '/'))) {
                    continue; // said once, of its folder
                }
                String name = relative.toString().replace('\\', '/');
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                // hieu-luc.yaml is read, by the check across plans: the portal's, not the document's (never in its PDF).
                if (!hidden && !name.endsWith("~") && !read.contains(name) && !name.equals(plandoc.model.StandingNote.FILE)) {
                    problems.warning(SourcePosition.startOf(display(file)),
                            plandoc.model.KeyFiles.named(name) ? "plan.key-file" : "plan.unused-file", name);
                }
            }
            String slug = root.getFileName().toString();
            return read.stream().map(name -> slug + "/" + name).toList();
        }

        /**
         * Sub-folders that a build wrote its output into: {@code build .} run inside the plan folder, before build
         * wrote the project's {@code site/} from there. Known by the lock every build leaves in the output's state
         * folder beside it ({@code .plandoc/<output>/lock}, SiteLock's), or inside it for an earlier version's
         * ({@code .plandoc.lock}).
         * One warning each rather than one per file: tens of its files listed as "not used" hid the cause, and the
         * site is neither the plan's nor published from there. Not skipped silently: a stale copy of the site (its
         * PDFs) beside the sources could be the one uploaded, and only its deletion makes the folder clean again.
         */
        private static List<Path> outputFolders(Path root, List<Path> files) {
            return files.stream().map(FolderFiles::outputOfLock).flatMap(Optional::stream)
                    .filter(d -> !d.equals(root) && d.startsWith(root)).distinct().sorted().toList();
        }

        /** The output folder whose lock {@code file} is, if it is one. */
        private static Optional<Path> outputOfLock(Path file) {
            String name = file.getFileName().toString();
            if (name.equals(".plandoc.lock")) {
                return Optional.of(file.getParent());
            }
            Path state = file.getParent();
            Path folder = state == null ? null : state.getParent();
            if (name.equals("lock") && folder != null && folder.getFileName() != null
                    && folder.getFileName().toString().equals(".plandoc") && folder.getParent() != null) {
                return Optional.of(folder.getParent().resolve(state.getFileName().toString()));
            }
            return Optional.empty();
        }

        @Override
        public Optional<Text> markdown(String name, SourcePosition at) {
            if (plandoc.model.KeyFiles.named(name)) {
                nodes.problems().error(at, "file.key-file", name);
                return Optional.empty();
            }
            // "file: phu-luc.docx": the appendix as drafted in Word. Its bytes would read as a file not in UTF-8,
            // and saving it as UTF-8 is not the fix.
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String kind = lower.matches(".*\\.(docx?|odt|rtf)") ? "Word" : lower.matches(".*\\.(xlsx?|ods)") ? "Excel"
                    : lower.endsWith(".pdf") ? "PDF" : null;
            if (kind != null) {
                String md = name.substring(0, name.lastIndexOf('.')) + ".md";
                nodes.problems().error(at, "file.not-markdown", name, kind, md);
                return Optional.empty();
            }
            return inside(name, at).flatMap(file -> {
                read(file);
                Problems problems = nodes.problems();
                SourceFile source = SourceFile.read(file, display(file), problems);
                if (source == null) {
                    return Optional.empty();
                }
                String text = Normalizer.normalize(source.text(), Normalizer.Form.NFC);
                if (text.isBlank()) {
                    // Saved before it was written, or emptied by mistake: it would print a heading over a blank page.
                    problems.error(at, "appendix.empty-file", name);
                    return Optional.empty();
                }
                return Optional.of(nodes.markdownFile(text, display(file)));
            });
        }

        @Override
        public Optional<AppendixContent.Image> image(String name, SourcePosition at) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".svgz")) {
                nodes.problems().error(at, "image.svgz", name);
                return Optional.empty();
            }
            if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".svg")
                    || lower.endsWith(".gif"))) {
                nodes.problems().error(at, "file.image-type", name);
                return Optional.empty();
            }
            return inside(name, at).filter(file -> {
                        read(file);
                        return ImageFile.check(file, name, at, nodes.problems());
                    })
                    .map(file -> new AppendixContent.Image(file,
                    folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                            .replace('\\', '/')));
        }

        private Optional<Path> inside(String name, SourcePosition at) {
            Path relative;
            try {
                relative = Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                nodes.problems().error(at, "file.outside-plan", name);
                return Optional.empty();
            }
            // Compared as absolute paths: the folder "." (check . inside it) normalises to no name at all, which
            // no file inside it starts with.
            Path base = folder.toAbsolutePath().normalize();
            Path written = base.resolve(relative).normalize();
            if (relative.isAbsolute() || !written.startsWith(base)) {
                nodes.problems().error(at, "file.outside-plan", name);
                return Optional.empty();
            }
            Path candidate = WrittenNames.onDisk(base, base.relativize(written));
            if (Files.isDirectory(candidate)) {
                nodes.problems().error(at, "file.is-folder", name);
                return Optional.empty();
            }
            if (!Files.isRegularFile(candidate)) {
                List<String> siblings = WrittenNames.othersIn(folder, name);
                Optional<String> nearest = Suggestions.nearest(name, siblings);
                if (nearest.isPresent()) {
                    nodes.problems().error(at, "file.missing", name, plandoc.diagnostic.Hint.nearest(nearest));
                } else {
                    // No near name: what to do, the file created or the name corrected (s31 tryout L4), with the
                    // files of its kind the folder does hold, whose names may be the one meant (s32).
                    int dot = name.lastIndexOf('.');
                    String kind = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
                    List<String> same = kind.isEmpty() ? List.of() : siblings.stream()
                            .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(kind)).sorted().toList();
                    if (same.isEmpty()) {
                        nodes.problems().error(at, "file.missing-create", name);
                    } else {
                        nodes.problems().error(at, "file.missing-create-listed", name, kind, String.join(", ", same));
                    }
                }
                return Optional.empty();
            }
            try {
                if (!candidate.toRealPath().startsWith(folder.toRealPath())) {
                    nodes.problems().error(at, "file.outside-plan", name);
                    return Optional.empty();
                }
            } catch (IOException e) {
                nodes.problems().error(at, "file.unreadable", e.getMessage());
                return Optional.empty();
            }
            return Optional.of(candidate);
        }
    }

}
