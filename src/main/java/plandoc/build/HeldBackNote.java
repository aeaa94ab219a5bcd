package plandoc.build;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Message;
import plandoc.render.RenderProblem;

/**
 * The one note of a {@code build --reissue} that does not publish the edits that change nothing printed
 * ({@link IssuedFreeze.KeepPublished}; a whole content folder's, a merge's): the documents that hold one, each at its
 * first place edited, and the command that publishes each, one a line (s36: one note per document, each a long
 * paragraph, buried the rest of the build). At most {@value #COMMANDS} commands; the others' folders are in the list.
 * A build without {@code --reissue} says so the documents an edit of a shared file holds back (agencies.yaml: every
 * issued document carries it; s37).
 */
final class HeldBackNote {
    /** Commands written out: a few lines, whatever the number of documents. */
    static final int COMMANDS = 5;

    private HeldBackNote() {
    }

    /**
     * The note for {@code held}, none when it is empty; {@code command}: the command that publishes a folder's edit,
     * as in a document's own note; {@code reissue}: said by a {@code build --reissue}, else by a build an edit of a
     * shared file held them back in.
     */
    static Optional<RenderProblem> of(List<IssuedFreeze.KeepPublished> held,
                                      java.util.function.UnaryOperator<String> command, boolean reissue) {
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<IssuedFreeze.KeepPublished> sorted = held.stream()
                .sorted(Comparator.comparing(IssuedFreeze.KeepPublished::folder)).toList();
        String documents = String.join(", ", sorted.stream()
                .map(k -> k.document() + " (" + k.notice().location() + ")").toList());
        StringBuilder commands = new StringBuilder();
        sorted.stream().limit(COMMANDS).forEach(k -> commands.append("\n  ").append(command.apply(k.folder())));
        String more = sorted.size() > COMMANDS ? "@publish.issued-unprinted-group-more|" + (sorted.size() - COMMANDS)
                : "";
        String key = reissue ? "publish.issued-unprinted-group" : "publish.issued-unprinted-shared";
        return Optional.of(new RenderProblem(RenderProblem.Kind.NOTE, "", Message.of(key,
                String.valueOf(sorted.size()), documents, commands.toString(), more), ""));
    }
}
