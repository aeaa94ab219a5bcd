package plandoc.compute;

import plandoc.resolved.Citation;

/**
 * How a reference to an id is printed ("Phụ lục 3", "mục II", "dự án số 15") and where it links.
 *
 * @param cite the same as parts and numbers, for the agency view's words in the chrome's language; {@link
 *             Citation#NONE} for a label that is not made of numbered parts (a table's id, a title)
 */
public record Label(String text, String anchor, Citation cite) {
    public Label(String text, String anchor) {
        this(text, anchor, Citation.NONE);
    }
}
