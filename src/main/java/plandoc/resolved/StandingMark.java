package plandoc.resolved;

/**
 * What the site's index, search data, feed and open data say of a replaced or expired document
 * ({@code compute.StandingWording}).
 *
 * @param shortNote the mark beside its title in a list, in the chrome's language: "Đã bị thay thế"
 * @param entryNote what its feed entry adds, in the document's language (Vietnamese), as the entry is:
 *                  "Đã được thay thế bởi Quyết định số 424/QĐ-UBND ngày 18/02/2022."
 * @param standing  the standing itself, for the open data
 */
public record StandingMark(String shortNote, String entryNote, Standing standing) {
}
