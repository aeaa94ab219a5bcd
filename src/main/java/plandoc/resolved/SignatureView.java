package plandoc.resolved;

import java.util.List;

/** The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), title and name. */
public record SignatureView(List<String> authority, String title, String name) {
    public SignatureView {
        authority = List.copyOf(authority);
    }
}
