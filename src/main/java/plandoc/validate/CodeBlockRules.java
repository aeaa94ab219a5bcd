package plandoc.validate;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.Plan;
import plandoc.model.Text;

/**
 * Lines Markdown reads as a code block: indented by a Tab or four spaces (a Word user's first-line indent, a table
 * pasted with a Tab before each row), or fenced with ``` . An official document has no code, and a code block
 * printed in the PDF left every later page blank (s25 tryout H0) while the page and the Word copy kept the text:
 * an error at the block's first line, saying to take the indent (or the fence) away.
 */
final class CodeBlockRules {
    /** Only texts that may hold one are parsed: most plans have none (flexmark's start-up, issue 17). */
    private static final Pattern MAYBE = Pattern.compile("(?m)^(\\t| {4})\\S|^ {0,3}(```|~~~)");

    private static final class Markdown {
        static final Parser PARSER = Parser.builder().build();
    }

    void check(Plan plan, Problems problems) {
        for (Text text : PlanTexts.all(plan)) {
            String literal = text.literalText();
            if (!MAYBE.matcher(literal).find()) {
                continue;
            }
            for (Node node : Markdown.PARSER.parse(literal).getDescendants()) {
                // At the line's first column: the indent is the mistake.
                int line = literal.lastIndexOf('\n', Math.max(0, node.getStartOffset() - 1)) + 1;
                if (node instanceof IndentedCodeBlock) {
                    problems.error(text.positionOf(line), "markdown.code-indented");
                } else if (node instanceof FencedCodeBlock) {
                    problems.error(text.positionOf(line), "markdown.code-fenced");
                }
            }
        }
    }
}
