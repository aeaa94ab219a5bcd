package plandoc.compute;

/** How a reference to an id is printed ("Phụ lục 3", "mục II", "dự án số 15") and where it links. */
public record Label(String text, String anchor) {
}
