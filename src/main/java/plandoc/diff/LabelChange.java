package plandoc.diff;

/**
 * A {@code {ref:…}} target whose printed label differs, so every place citing it reads differently:
 * an appendix that becomes "Phụ lục 2" changes every "Phụ lục 3" in the text.
 *
 * @param target the referenced id
 * @param before its label before ("Phụ lục 3")
 * @param after  its label after ("Phụ lục 2")
 * @param uses   how many {@code {ref:}} in the text after cite it
 */
public record LabelChange(String target, String before, String after, int uses) {
}
