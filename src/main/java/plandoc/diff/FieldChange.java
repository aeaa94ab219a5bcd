package plandoc.diff;

/**
 * A document fact that differs (trích yếu, ngày ban hành, người ký …).
 *
 * @param field  a key naming the fact ("title", "date", "basis" …); its printed name comes from the messages
 * @param before the value before, "" when it was absent (a basis added)
 * @param after  the value after, "" when it is gone
 */
public record FieldChange(String field, String before, String after) {
}
