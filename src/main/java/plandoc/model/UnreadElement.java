package plandoc.model;

/**
 * An element with an id that was left out of the plan because of an error of its own (an appendix without
 * {@code title:}, a budget with an unknown {@code unit:}). Its id is kept so that what refers to it is not
 * reported as a second mistake: that error alone is the news.
 *
 * @param kind what the element would have been
 */
public record UnreadElement(Id id, IdKind kind) {
}
