package plandoc.diagnostic;

import java.util.Comparator;

/** One thing wrong (or worth a look) in the sources, pointing at where it is. */
public record Problem(Severity severity, SourcePosition at, Message message) {
    /**
     * By place, severity, then message key. Written out rather than a {@code Comparator.comparing} chain,
     * whose lambdas inside {@code java.util.Comparator} are linked at run time in every cold build (issue 17).
     */
    public static final Comparator<Problem> ORDER = (a, b) -> {
        int byPlace = a.at.compareTo(b.at);
        if (byPlace != 0) {
            return byPlace;
        }
        int bySeverity = a.severity.compareTo(b.severity);
        return bySeverity != 0 ? bySeverity : a.message.key().compareTo(b.message.key());
    };

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /*
     * equals and hashCode as a record's own compute them, written out: the record's are linked through an
     * ObjectMethods bootstrap on their first call, which the AOT cache does not hold (~4 ms of the cold
     * build's report, as problems are made distinct; issue 17). The same for SourcePosition and Message.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && severity == p.severity && java.util.Objects.equals(at, p.at)
                && java.util.Objects.equals(message, p.message);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(severity) * 31 + java.util.Objects.hashCode(at)) * 31
                + java.util.Objects.hashCode(message);
    }
}
