package plandoc.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import plandoc.publish.SignedFiles;
import plandoc.publish.StateFolder;
import plandoc.publish.Transaction;
import plandoc.render.RenderedPlan;

/**
 * The old addresses of renamed plan folders (s23 tryout M3). A folder renamed in {@code content/} publishes the same
 * document under a new address ({@link RenamedPlans}); links made to the old one — the e-portal's, e-mails, the press'
 * ({@code …/old-slug/12-KH-UBND.pdf}) — must not break, as they do not when a number changes ({@link KeptNames}). So
 * the old folder stays in the site: its page ({@code index.html}) leads to the new folder, and every other file it
 * published is a byte-for-byte copy of the plan's file of that name now (a signed PDF: the signed file itself). A
 * copy and a page any web server serves as they are: no redirect rule to configure, and a PDF cannot redirect anyway.
 *
 * <p>Staged through the one publisher as a plan's folder is, by the build that renders the plan ({@link PlanRenders})
 * or, when the plan stands, again from its published folder when a copy no longer matches it (a PDF signed since, a
 * copy deleted by hand). Never listed: the index, feed, sitemap and search data are made from the plans' records, and
 * an old folder has none. Kept in {@value #FILE} (old folder → plan folder, and the names it published), so later
 * builds, {@code --clean} and a second rename (which re-points the first old folder at the newest one) keep it; it
 * leaves the site with its plan, and gives way to a plan of the content that takes its name.
 */
public final class MovedFolders {
    static final String FILE = StateFolder.PREFIX + "moved-folders.json";
    private static final String PAGE = "index.html";

    /**
     * The old folder {@code from} of the plan published in folder {@code to}, and the files it published: each name
     * there → the name of the plan's file it copies (the same name, or for an old name the folder kept as a copy,
     * {@link KeptNames}, the current file it copied).
     */
    record Moved(String from, String to, SortedMap<String, String> names) {
        Moved {
            names = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(names));
        }

        /**
         * The old folder as the plan {@code now} makes it: its page, and a copy of each file it published that the
         * plan's folder still holds (images by their source).
         */
        RenderedPlan folder(RenderedPlan now, byte[] page) {
            List<RenderedPlan.OutputFile> files = new ArrayList<>();
            files.add(new RenderedPlan.OutputFile(PAGE, page));
            Map<String, byte[]> written = new java.util.HashMap<>();
            now.files().forEach(f -> written.put(f.name(), f.bytes()));
            names.forEach((name, current) -> {
                byte[] bytes = written.containsKey(name) ? written.get(name) : written.get(current);
                if (!name.equals(PAGE) && bytes != null) {
                    files.add(new RenderedPlan.OutputFile(name, bytes));
                }
            });
            List<RenderedPlan.ImageCopy> images = now.images().stream().filter(i -> names.containsKey(i.href())).toList();
            return new RenderedPlan(from, files, images, now.siteLinks());
        }
    }

    private final Path outDir;
    /** As the site keeps them, by old folder. */
    private final SortedMap<String, Moved> kept;
    /** The plans of this build's content: a folder of theirs is theirs, whatever old address it was. */
    private final Set<String> content;
    /** The renames this build published, by old folder: found as their new folders rendered. */
    private final Map<String, Moved> added = new ConcurrentHashMap<>();
    /** Per plan taken out of the site by this build, the old folders that left with it. */
    private final SortedMap<String, List<String>> removed = new TreeMap<>();

    private MovedFolders(Path outDir, SortedMap<String, Moved> kept, Set<String> content) {
        this.outDir = outDir;
        this.kept = kept;
        this.content = Set.copyOf(content);
    }

    /** What {@code outDir} keeps (none when it keeps nothing), for a build of the plans {@code content}. */
    static MovedFolders read(Path outDir, Set<String> content) {
        return new MovedFolders(outDir, parse(StateFolder.resolve(outDir, FILE)), content);
    }

    /** Keeps nothing: a build into no site (for tests and the callers that follow no rename). */
    static MovedFolders none() {
        return new MovedFolders(Path.of(""), new TreeMap<>(), Set.of());
    }

    /**
     * The old folders that lead to the plan {@code slug} after this build, to be staged from its new files: those the
     * site keeps for it or for the folder it was renamed from in this build ({@code from}), and that folder itself,
     * with the names its record says it published (its files and the old names it kept). Safe from several threads.
     */
    List<Moved> leadingTo(String slug, Optional<String> from) {
        List<Moved> leading = new ArrayList<>();
        for (Moved moved : kept.values()) {
            boolean along = from.isPresent() && moved.to().equals(from.get());
            if ((moved.to().equals(slug) || along) && !content.contains(moved.from())) {
                leading.add(new Moved(moved.from(), slug, moved.names()));
            }
        }
        if (from.isPresent()) {
            SortedMap<String, String> names = new TreeMap<>();
            SiteRecords.read(outDir, from.get()).ifPresent(r -> {
                r.files().forEach(f -> names.put(f.name(), f.name()));
                names.putAll(r.aliases());
            });
            Moved moved = new Moved(from.get(), slug, names);
            added.put(from.get(), moved);
            leading.add(moved);
        }
        return leading;
    }

    /**
     * Whether the site keeps folder {@code slug} as the old address of another plan: its files are copies of that plan's,
     * signed ones included, none of them a file of a new plan that takes the name (s24 re-read H2).
     */
    boolean keptForAnother(String slug) {
        return kept.containsKey(slug) && !kept.get(slug).to().equals(slug);
    }

    /** Whether the plan folder {@code slug}, leaving the content, stays in the site as a renamed plan's old folder. */
    boolean keepsFolder(String slug) {
        return added.containsKey(slug);
    }

    /** The folder the plan that left folder {@code slug} in this build is published in now. */
    public Optional<String> movedTo(String slug) {
        return Optional.ofNullable(added.get(slug)).map(Moved::to);
    }

    /** The old folders that left the site with the plan {@code slug} in this build (none when it stays). */
    public List<String> removedWith(String slug) {
        return removed.getOrDefault(slug, List.of());
    }

    /**
     * Brings the old folders up to date after the plans were rendered and listed: each leads to its plan's folder now
     * (a second rename re-points it), one whose plan left the site ({@code listed} no longer holds it) leaves too, its
     * signed files archived unless they are copies of its plan's (archived with the plan's folder); one a listed plan
     * took the name of gives way; one of a plan not rendered in this build is staged again when a copy differs from its
     * plan's file. Returns whether anything changed.
     *
     * @param rendered the plans this build rendered (their old folders were staged with them)
     * @param secret   plans withheld as secret: an old folder of theirs leaves the site as their folder did
     */
    boolean stage(Set<String> listed, Set<String> rendered, Set<String> secret, Transaction transaction)
            throws IOException {
        SortedMap<String, Moved> now = new TreeMap<>();
        for (Moved moved : kept.values()) {
            String to = Optional.ofNullable(added.get(moved.to())).map(Moved::to).orElse(moved.to());
            if (listed.contains(moved.from()) || added.containsKey(moved.from())) {
                continue; // a plan's own folder again (renamed back, or another plan under that name)
            }
            if (!listed.contains(to)) {
                removeFolder(moved, secret.contains(to), transaction);
                removed.computeIfAbsent(moved.to(), s -> new ArrayList<>()).add(moved.from());
                continue;
            }
            Moved current = new Moved(moved.from(), to, moved.names());
            if (!rendered.contains(to)) {
                restageFromPublished(current, transaction);
            }
            now.put(moved.from(), current);
        }
        // A renamed plan whose new folder rendered but could not be listed (held back) keeps its old folder as a plan.
        added.values().stream().filter(m -> listed.contains(m.to())).forEach(m -> now.put(m.from(), m));
        if (now.equals(kept)) {
            return !removed.isEmpty();
        }
        if (now.isEmpty()) {
            transaction.remove(FILE);
        } else {
            transaction.stageFile(FILE, bytes(now));
        }
        return true;
    }

    /** The plans {@code outcomes} rendered and staged (a plan whose render failed stays as published). */
    static Set<String> renderedIn(Map<String, PlanRenders.Outcome> outcomes) {
        Set<String> rendered = new java.util.HashSet<>();
        outcomes.forEach((slug, outcome) -> {
            if (outcome.entry().isPresent()) {
                rendered.add(slug);
            }
        });
        return rendered;
    }

    private void removeFolder(Moved moved, boolean secret, Transaction transaction) throws IOException {
        Path folder = outDir.resolve(moved.from());
        if (secret) {
            SecretArchive.keep(outDir, moved.from());
        } else {
            for (SignedFiles.Signed file : SignedFiles.in(folder)) {
                Path original = outDir.resolve(moved.to()).resolve(file.name());
                if (!Files.isRegularFile(original) || Files.mismatch(original, folder.resolve(file.name())) != -1) {
                    transaction.stageFile(SignedFiles.archivePath(outDir, moved.from(), file), file.bytes());
                }
            }
        }
        transaction.remove(moved.from());
    }

    /**
     * The old folder of a plan whose folder stands, staged again from that folder when one of its copies is not the
     * plan's file any more (a PDF signed since the build that made the copy: the old address serves the signed file).
     */
    private void restageFromPublished(Moved moved, Transaction transaction) throws IOException {
        Path plan = outDir.resolve(moved.to());
        Path old = outDir.resolve(moved.from());
        Path page = old.resolve(PAGE);
        if (!Files.isRegularFile(page)) {
            return; // made by the next build that renders the plan
        }
        List<Transaction.StagedFile> files = new ArrayList<>();
        files.add(new Transaction.StagedFile(PAGE, Files.readAllBytes(page)));
        boolean differs = false;
        for (Map.Entry<String, String> named : moved.names().entrySet()) {
            String name = named.getKey();
            Path file = Files.isRegularFile(plan.resolve(name)) ? plan.resolve(name) : plan.resolve(named.getValue());
            if (name.equals(PAGE) || !Files.isRegularFile(file)) {
                continue;
            }
            Path copy = old.resolve(name);
            differs |= !Files.isRegularFile(copy) || Files.mismatch(file, copy) != -1;
            files.add(new Transaction.StagedFile(name, Files.readAllBytes(file)));
        }
        if (differs) {
            transaction.stageSiteFolder(moved.from(), files);
        }
    }

    private static SortedMap<String, Moved> parse(Path file) {
        SortedMap<String, Moved> moved = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return moved;
        }
        try (JsonParser parser = JsonFields.open(Files.readAllBytes(file))) {
            // {"folders": [{"from": …, "to": …, "names": {name: the plan's file it copies, …}}, …]}
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("folders")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    String from = null;
                    String to = null;
                    SortedMap<String, String> names = new TreeMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        switch (name) {
                            case "from" -> from = parser.getText();
                            case "to" -> to = parser.getText();
                            case "names" -> {
                                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                    String copy = parser.currentName();
                                    parser.nextToken();
                                    names.put(copy, parser.getText());
                                }
                            }
                            default -> parser.skipChildren();
                        }
                    }
                    if (from != null && to != null) {
                        moved.put(from, new Moved(from, to, names));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            moved.clear(); // unreadable bookkeeping: the old folders stay as they are, not re-made, until renamed again
        }
        return moved;
    }

    private static byte[] bytes(SortedMap<String, Moved> moved) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonFields.FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("folders");
            for (Moved m : moved.values()) {
                json.writeStartObject();
                json.writeStringField("from", m.from());
                json.writeStringField("to", m.to());
                json.writeObjectFieldStart("names");
                for (Map.Entry<String, String> name : m.names().entrySet()) {
                    json.writeStringField(name.getKey(), name.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }
}
