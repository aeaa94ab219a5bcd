package plandoc.render.html;

import java.util.List;

/**
 * An agency name as the header block prints it, with the lines compute broke it into
 * ({@code HeaderView.issuerLines}).
 *
 * @param lines   the lines of the header block
 * @param oneLine the name on one line, for the authority line above the bases
 */
public record IssuerName(List<String> lines, String oneLine) {

    public IssuerName {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
