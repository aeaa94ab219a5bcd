package plandoc.compute;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import plandoc.resolved.MarkdownText;

/**
 * What names each Markdown table for a screen reader: "Bảng: Chỉ tiêu, Năm 2021, Năm 2025", from its header row's
 * cells (the page's caption and the scrolling box's name; the document's words, so Vietnamese on any site).
 */
public final class MarkdownTableCaptions {
    private static final String TABLE = "Bảng";

    /** Parsed as the page's Markdown renderer parses (pipe tables, no caption line), made when a text holds a table. */
    private static final class Tables {
        static final Parser PARSER;

        static {
            PARSER = Parser.builder(parsing()).build();
        }
    }

    /**
     * How the plan's Markdown is parsed (pipe tables, no caption line): the page's renderer starts from these options,
     * so the two always agree on which tables a text holds and each has its caption. A row of fewer cells than the
     * header is printed with empty cells, as GFM says and the Word copy does (check warns of it), not as a row
     * whose rules stop short.
     */
    public static MutableDataSet parsing() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        return options;
    }

    private MarkdownTableCaptions() {
    }

    /** {@code source} as resolved Markdown, its tables' captions worded. */
    public static MarkdownText text(String source) {
        return new MarkdownText(source, of(source));
    }

    /** Each table's caption, in the order the tables come; none without a table (no "|", no parse). */
    public static List<String> of(String markdown) {
        if (!markdown.contains("|")) {
            return List.of();
        }
        List<String> captions = new ArrayList<>();
        for (Node node : Tables.PARSER.parse(Normalizer.normalize(markdown, Normalizer.Form.NFC)).getDescendants()) {
            if (node instanceof TableBlock table) {
                captions.add(caption(table));
            }
        }
        return captions;
    }

    private static String caption(TableBlock table) {
        List<String> headings = new ArrayList<>();
        TableHead head = (TableHead) table.getChildOfType(TableHead.class);
        if (head != null) {
            for (Node cell : head.getDescendants()) {
                if (cell instanceof TableCell header) {
                    // "Đầu mối<br>(ghi rõ phòng)": the line break a space (render.markdown.LineBreakTag).
                    String text = header.getText().toString().replaceAll("(?i)<br\\s*/?>", " ")
                            .replaceAll("[*_`]", "").strip();
                    if (!text.isEmpty()) {
                        headings.add(text);
                    }
                }
            }
        }
        return headings.isEmpty() ? TABLE : TABLE + ": " + String.join(", ", headings);
    }
}
