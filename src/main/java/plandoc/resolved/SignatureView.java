package plandoc.resolved;

import java.util.List;

/**
 * The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), title and name, and
 * the signature and seal images between title and name ({@code marks}, inside a box sized by
 * {@code marksStyle}; none when the plan gives no image).
 */
public record SignatureView(List<String> authority, String title, String name, String marksStyle,
                            List<SignatureMark> marks) {
    public SignatureView(List<String> authority, String title, String name) {
        this(authority, title, name, "", List.of());
    }

    public SignatureView {
        authority = List.copyOf(authority);
        marks = List.copyOf(marks);
    }
}
