package plandoc.diagnostic;

import java.util.Comparator;

/** One thing wrong (or worth a look) in the sources, pointing at where it is. */
public record Problem(Severity severity, SourcePosition at, Message message) {
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::at)
            .thenComparing(Problem::severity)
            .thenComparing(p -> p.message().key());

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
