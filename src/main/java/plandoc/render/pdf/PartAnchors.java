package plandoc.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A table printed in column parts is in the page twice: whole for the screen ({@code .screen-only},
 * not printed) and in parts for paper ({@code .print-parts}). The row ids ("du-an-15") and the
 * table's id sit on the whole table, so on paper a link to a row had nothing printed to land on. Here
 * they move to what paper prints: each row's id to the same row of the first part (the part that
 * prints the row's STT and title), the table's id to the parts' box. One id stays one element.
 */
final class PartAnchors {

    private PartAnchors() {
    }

    static void moveToFirstPart(Document page) {
        for (Element parts : page.select(".print-parts")) {
            Element whole = parts.previousElementSibling();
            Element first = parts.selectFirst(".table-part");
            if (whole == null || !whole.hasClass("screen-only") || first == null) {
                continue;
            }
            Element table = whole.selectFirst(".table-block[id]");
            if (table != null && parts.id().isEmpty()) {
                parts.attr("id", table.id());
                table.removeAttr("id");
            }
            Elements wholeRows = whole.select("tbody > tr");
            Elements partRows = first.select("tbody > tr");
            if (wholeRows.size() != partRows.size()) {
                continue; // the parts are cut from the same rows; a mismatch would misplace links
            }
            for (int i = 0; i < wholeRows.size(); i++) {
                String id = wholeRows.get(i).id();
                if (!id.isEmpty()) {
                    partRows.get(i).attr("id", id);
                    wholeRows.get(i).removeAttr("id");
                }
            }
        }
    }
}
