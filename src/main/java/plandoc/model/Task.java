package plandoc.model;

import plandoc.diagnostic.SourcePosition;

/** An assignment without money: who does what, with whom, by when. */
public record Task(Id id, Text title, Assignment assignment, SourcePosition at) {
}
