package plandoc.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

import java.util.Optional;

/** The structure tree's parent tree as openhtmltopdf writes it: one flat /Nums, an array per page. */
final class ParentTree {
    private ParentTree() {
    }

    /** The page's entry: the structure element of each marked-content id, indexed by the id. */
    static Optional<COSArray> owners(PDStructureTreeRoot root, PDPage page) {
        int key = page.getStructParents();
        if (key < 0 || root.getParentTree() == null) {
            return Optional.empty();
        }
        COSArray nums = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
        if (nums == null) {
            return Optional.empty(); // a parent tree with /Kids; openhtmltopdf writes one flat /Nums
        }
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSNumber number && number.intValue() == key
                    && nums.getObject(i + 1) instanceof COSArray array) {
                return Optional.of(array);
            }
        }
        return Optional.empty();
    }
}
