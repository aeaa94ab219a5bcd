package plandoc.compute;

import java.io.File;
import java.nio.file.Path;
import plandoc.diagnostic.SourcePosition;

/**
 * The content folder a plan folder's file is in, as the file is shown ("c3/" for c3/qd-sua/plan.yaml): where an
 * error about a folder name ({@code amends:}, {@code replaced_by:}) says the folders are, the one the officer checked
 * or built, not always "content/" (s34 review L1).
 */
final class ContentFolderName {
    private ContentFolderName() {
    }

    /** {@code at}: a position in a plan folder's own file (plan.yaml, hieu-luc.yaml). */
    static String of(SourcePosition at) {
        Path file = Path.of(at.file());
        Path planFolder = file.getParent();
        if (planFolder == null) {
            return ".." + File.separator; // checked from inside the plan folder
        }
        Path content = planFolder.getParent();
        return (content == null ? "." : content.toString()) + File.separator;
    }
}
