package plandoc.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;

/**
 * Compares the version marker of each template in a province's folder with the version this plandoc
 * packages ({@link TemplateChangelog}): a copy exported by an older plandoc silently lacks what was added
 * since (an article's title, say), so each older, unmarked or newer copy is one warning, once per command.
 *
 * <p>The marker is an FTL comment, so it never reaches the output; it is found anywhere in the file (a
 * province may add lines above it), by the template's name and a number:
 * {@code <#-- plandoc-template plan.ftlh 3 … -->}.
 */
public final class TemplateVersions {
    private static final Pattern MARKER = Pattern.compile("<#--\\s*plandoc-template\\s+(\\S+)\\s+(\\d{1,9})(?=\\s|-->)");

    /** A marker's version and where it stands (1-based); version 0 at 1:1 for a file without one. */
    public record Marker(int version, int line, int column) {
        static final Marker NONE = new Marker(0, 1, 1);
    }

    private TemplateVersions() {
    }

    /**
     * The marker naming {@code template} in a file's text. A marker naming another template (a file started
     * as a copy of another one) says nothing about this one: the file counts as unmarked.
     */
    public static Marker marker(String text, String template) {
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(template)) {
                int lineStart = text.lastIndexOf('\n', m.start()) + 1;
                int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                return new Marker(Integer.parseInt(m.group(2)), line, m.start() - lineStart + 1);
            }
        }
        return Marker.NONE;
    }

    /**
     * One warning per versioned template in {@code folder} whose marker is not this plandoc's version.
     *
     * @param folder   the province's templates folder, as the user named it (paths are shown under it)
     * @param language "vi" or "en": the changelog's lines are put into the message in that language
     * @param commandLine how the user starts plandoc ("plandoc", "./plandoc"), for the commands the warning gives
     */
    public static List<Problem> check(Path folder, String language, java.util.function.Supplier<String> commandLine) {
        List<Problem> problems = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return problems;
        }
        for (String template : TemplateChangelog.templates()) {
            Path file = folder.resolve(template);
            Optional<String> text = read(file);
            if (text.isEmpty()) {
                continue; // not overridden: the packaged template is used
            }
            Marker marker = marker(text.get(), template);
            int current = TemplateChangelog.current(template);
            if (marker.version() == current) {
                continue;
            }
            String command = commandLine.get();
            String shown = file.toString();
            SourcePosition at = new SourcePosition(shown, marker.line(), marker.column());
            String fresh = folder.resolveSibling(folder.getFileName() + (language.equals("en") ? "-new" : "-moi")).toString();
            List<String> how = List.of(command, fresh, shown, folder.toString());
            Message message;
            if (marker.version() > current) {
                message = Message.of("templates.newer", template, marker.version(), current, command, shown);
            } else {
                StringBuilder missing = new StringBuilder();
                for (TemplateChangelog.Change change : TemplateChangelog.since(template, marker.version())) {
                    missing.append("\n  - ").append(change.version()).append(": ").append(change.text(language));
                }
                List<String> args = new ArrayList<>();
                args.add(template);
                if (marker.version() > 0) {
                    args.add(String.valueOf(marker.version()));
                }
                args.add(String.valueOf(current));
                args.add(missing.toString());
                args.addAll(how);
                message = new Message(marker.version() > 0 ? "templates.older" : "templates.unmarked", args);
            }
            problems.add(new Problem(Severity.WARNING, at, message));
        }
        return problems;
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // the render reports the file it cannot read, with its own message
        }
    }
}
