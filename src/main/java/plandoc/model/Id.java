package plandoc.model;

import plandoc.diagnostic.SourcePosition;

/** An identifier as written: the name something is declared or referred to by, and where. */
public record Id(String value, SourcePosition at) {
    @Override
    public String toString() {
        return value;
    }
}
