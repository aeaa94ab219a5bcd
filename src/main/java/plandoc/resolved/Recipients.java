package plandoc.resolved;

import java.util.List;

/** "Nơi nhận:" lines with their punctuation ("- Như Điều 2;" … "- Lưu: VT, TH, VX."). */
public record Recipients(List<InlineText> lines) {
    public Recipients {
        lines = List.copyOf(lines);
    }
}
