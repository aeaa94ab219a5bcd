package plandoc.model;

import java.util.List;
import plandoc.diagnostic.SourcePosition;

/**
 * The issued documents a new document amends ({@code amends:}, sửa đổi, bổ sung) or corrects ({@code corrects:},
 * đính chính), each named by its plan folder: the old document stays as issued, and the portal links the two both
 * ways (s30 tryout F5).
 */
public record Amending(List<Target> amends, List<Target> corrects) {
    public static final Amending NONE = new Amending(List.of(), List.of());

    public Amending {
        amends = List.copyOf(amends);
        corrects = List.copyOf(corrects);
    }

    /** One named document: its plan folder's name as typed, and where it was typed. */
    public record Target(String slug, SourcePosition at) {
    }
}
