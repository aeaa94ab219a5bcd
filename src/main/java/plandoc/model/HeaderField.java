package plandoc.model;

/** A field of the document's header that must be written: when one is missing or unreadable, the plan says which. */
public enum HeaderField {
    ISSUER, NUMBER, SYMBOL, PLACE, TITLE, SIGNATURE
}
