package plandoc.resolved;

/**
 * What the index's "nothing found" line gives as examples, from the site's own newest issued document: its number
 * ("424") and a pair of words of its title as printed ("Chuyển đổi") and as typed without Vietnamese marks
 * ("chuyen doi"), which the search finds alike.
 */
public record SearchHint(String number, String unmarked, String marked) {
}
