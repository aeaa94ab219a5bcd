package plandoc.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.style.derived.BorderPropertySet;
import com.openhtmltopdf.newtable.CollapsedBorderValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The patched openhtmltopdf BorderPropertySet (src/main/java/com/openhtmltopdf/css/style/derived/) gives every
 * border set without a radius one shared corner object: a table cell's collapsed border is such a set, and a long
 * plan's layout held four new corners per cell until its last page was painted (issue 17). Fails when the
 * library's own class is loaded instead.
 */
class SharedCornersTest {

    @Test
    void collapsedBordersShareOneCornerWithoutRadius() {
        CollapsedBorderValue line = new CollapsedBorderValue(IdentValue.SOLID, 1, new FSRGBColor(0, 0, 0), 1);
        BorderPropertySet cell = new BorderPropertySet(false, line, line, line, line);
        BorderPropertySet other = new BorderPropertySet(false, line, line, line, line);
        BorderPropertySet plain = new BorderPropertySet(true, 1f, 2f, 3f, 4f);

        assertSame(cell.getTopLeft(), cell.getBottomRight());
        assertSame(cell.getTopLeft(), other.getTopRight());
        assertSame(cell.getBottomLeft(), plain.getTopLeft());
        assertFalse(cell.getTopLeft().hasRadius());
        assertFalse(cell.hasBorderRadius());
    }
}
