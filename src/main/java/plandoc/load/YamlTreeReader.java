package plandoc.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;

/**
 * Streams YAML through Jackson into a {@link YamlNode} tree that keeps a position for every node.
 * Rejects what Jackson would silently accept: duplicate keys, anchors and aliases (an alias
 * would be read as the plain string of its name).
 */
final class YamlTreeReader {
    /** "dp:2300" inside { }: a key, its colon with no blank after it (a link's "://" aside); group 1 up to the colon. */
    private static final Pattern FLOW_UNSPACED = Pattern.compile("([{,]\\s*[^\\s:{},\\[\\]\"']+):(?=[^\\s,}\\]/])");

    /** Plans nest a dozen levels at most; a limit keeps hostile input from exhausting the stack. */
    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = (int) SourceFile.MAX_BYTES;
    /**
     * The parsers' own nesting limits sit a little above {@link #MAX_DEPTH}, so that the walk below
     * meets the limit first and reports it at the node where it is crossed (the parsers' own
     * errors carry no usable position). They still bound the parsers' recursion.
     */
    static final int PARSER_DEPTH = MAX_DEPTH + 8;

    private final YAMLFactory factory;

    YamlTreeReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(PARSER_DEPTH);
        options.setAllowDuplicateKeys(true); // detected here, with both positions in the message
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PARSER_DEPTH).build())
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    }

    /**
     * The line of a {@code ---} (or {@code ...}) that starts a second YAML document with something in it: the parser
     * reads the first only, so a separator pasted in the middle of a plan drops everything after it without a word.
     */
    private static Optional<Integer> secondDocument(SourceFile source, JsonParser parser) throws IOException {
        JsonToken next = parser.nextToken();
        if (next == null || next.isScalarValue() && parser.getText().isBlank() && parser.nextToken() == null) {
            return Optional.empty(); // a separator with nothing after it loses nothing
        }
        List<String> lines = source.lines();
        int last = Math.min(lines.size(), parser.currentLocation().getLineNr());
        // A "---" before the first key (after comments, say) opens the document, as YAML allows.
        int first = 0;
        while (first < lines.size() && lines.get(first).matches("\\s*(#.*)?|---(\\s.*)?|%.*")) {
            first++;
        }
        for (int i = first + 1; i < last; i++) {
            if (lines.get(i).matches("(---|\\.\\.\\.)(\\s.*)?")) {
                return Optional.of(i + 1);
            }
        }
        return Optional.of(Math.max(1, last));
    }

    /** The document's root node, or null when it is empty or broken (problems say why); a plan.yaml. */
    YamlNode read(SourceFile source, Problems problems) {
        return read(source, problems, PlanShape.PLAN);
    }

    /** The document's root node, a file of {@code shape}, or null when it is empty or broken (problems say why). */
    YamlNode read(SourceFile source, Problems problems, Shape shape) {
        List<Folded> folded = new ArrayList<>();
        // Keys after an odd blank ("　symbol:"): the error naming it, said when a parse error follows from it (it is
        // that mistake again), else the warning that the key was cleaned (a top-level key is at column 1 anyway).
        List<OddIndented> oddIndents = new ArrayList<>();
        try (JsonParser parser = factory.createParser(new StringReader(source.text()))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(SourcePosition.startOf(source.displayPath()), "yaml.empty-file");
                return null;
            }
            YamlNode root = new Walk(parser, source, problems, folded, oddIndents).node(first, 0, PlanShape.root(shape));
            folded.forEach(f -> problems.addAll(f.warning()));
            oddIndents.forEach(o -> problems.add(o.cleaned()));
            Optional<Integer> second = secondDocument(source, parser);
            if (second.isPresent()) {
                // Read as half a plan, it would be told of every table and appendix the cut left out.
                problems.error(new SourcePosition(source.displayPath(), second.get(), 1), "yaml.second-document");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            SourcePosition at = syntaxPosition(source, e);
            if (!oddIndents.isEmpty() && oddIndents.get(0).error().at().line() <= at.line()) {
                folded.stream().filter(f -> f.end() < at.line()).forEach(f -> problems.addAll(f.warning()));
                problems.add(oddIndents.get(0).error());
                return null;
            }
            oddIndents.forEach(o -> problems.add(o.cleaned()));
            // A value that runs on to the line the parser failed at was cut there by the mistake, not written so.
            folded.stream().filter(f -> f.end() < at.line()).forEach(f -> problems.addAll(f.warning()));
            Optional<String> listEntry = dashWithoutSpace(source, at);
            String key = YamlSyntaxMessages.key(e);
            Optional<IndentHint.Align> align = listEntry.isEmpty() && key.equals("yaml.syntax.indent")
                    ? IndentHint.of(source.text(), at.line(), at.column()) : Optional.empty();
            // A quote left open runs over the lines below to a later quote; the parser fails only there.
            Optional<UnclosedQuote.Found> quote = key.equals("yaml.syntax.unclosed-quote") ? Optional.empty()
                    : UnclosedQuote.before(source, at.line());
            Optional<Integer> block = quote.isEmpty() && listEntry.isEmpty() ? blockNotIndented(source, at) : Optional.empty();
            // "place:Quảng Nam", "place：Quảng Nam": words where a key was due, on this line or the one above.
            // ("- id:muc-1" read as an entry's words: its next key's ":" is where the parser fails.)
            Optional<ColonInValue.Found> unspaced = key.equals("yaml.syntax.no-colon") || key.equals("yaml.syntax.indent")
                    ? ColonInValue.unspaced(source, at.line()).or(() -> ColonInValue.unspaced(source, at.line() - 1))
                    : key.equals("yaml.syntax.colon") ? ColonInValue.unspaced(source, at.line() - 1) : Optional.empty();
            // A pasted line of a text block left of its column: whatever the parser then tripped on, the fix is the column.
            Optional<OutdentedText.Found> outdented = quote.isPresent() || block.isPresent()
                    || key.equals("yaml.syntax.unclosed-quote") ? Optional.empty()
                    : key.equals("yaml.syntax.colon") ? OutdentedText.keyAbove(source, at.line())
                    : OutdentedText.at(source, at.line());
            // "title: [Dự thảo] Kế hoạch": the value's first character is structure to YAML, which fails on that line.
            Optional<ColonInValue.Found> marked = quote.isEmpty() && outdented.isEmpty() && block.isEmpty()
                    && listEntry.isEmpty() && (key.equals("yaml.syntax.indent") || key.equals("yaml.syntax")
                    || key.equals("yaml.syntax.reserved-character"))
                    ? ColonInValue.startingWithMark(source, at.line()) : Optional.empty();
            // "• id: …", "– VT": Word's bullet or dash where "- " was meant, on this line or the one above.
            Optional<WordMarks.Bullet> bullet = WordMarks.bullet(source.line(at.line()));
            int bulletLine = bullet.isPresent() ? at.line() : at.line() - 1;
            bullet = bullet.or(() -> at.line() > 1 ? WordMarks.bullet(source.line(at.line() - 1)) : Optional.empty());
            // The quote opened with a straight " and closed with Word's ”: where the parser failed at it (nothing
            // quoted after it) or, when a later straight quote closed it, where it opened.
            SourcePosition opened = quote.map(q -> new SourcePosition(source.displayPath(), q.line(), q.column()))
                    .orElse(at);
            Optional<String> curlyClose = key.equals("yaml.syntax.unclosed-quote") || quote.isPresent()
                    ? closedCurly(source, opened) : Optional.empty();
            if (bullet.isPresent()) {
                problems.error(new SourcePosition(source.displayPath(), bulletLine, bullet.get().column()),
                        "yaml.syntax.word-bullet", String.valueOf(bullet.get().mark()), bullet.get().name(),
                        bullet.get().fixed());
            } else if (curlyClose.isPresent()) {
                String line = source.line(opened.line());
                int column = opened.column();
                problems.error(opened, "yaml.syntax.quote-closed-curly", String.valueOf(line.charAt(column - 1)),
                        curlyClose.get(), (line.substring(0, column - 1) + "\""
                                + line.substring(column, line.lastIndexOf(curlyClose.get().charAt(0))) + "\"").strip());
            } else if (marked.isPresent()) {
                problems.error(new SourcePosition(source.displayPath(), at.line(), marked.get().column()),
                        marked.get().markMessage(), marked.get().key(), marked.get().quoted());
            } else if (outdented.isPresent()) {
                List<OutdentedText.Found> lines = new ArrayList<>(List.of(outdented.get()));
                if (key.equals("yaml.syntax.colon")) {
                    lines.addAll(OutdentedText.pastedWith(source, outdented.get(), at.line()));
                }
                for (OutdentedText.Found o : lines) {
                    SourcePosition line = new SourcePosition(source.displayPath(), o.line(),
                            SourceFile.indent(source.line(o.line())) + 1);
                    if (key.equals("yaml.syntax.tab")) {
                        problems.error(line, "yaml.syntax.tab-in-text", o.opener(), o.header(), o.column(), o.like());
                    } else if (o.key().isPresent() && o.openerKey().isPresent()) {
                        // "Email: …" read as a key: said as at any column where no parse error follows (KeyAfterText).
                        problems.error(line, "key.text-outdented", o.key().get(), o.openerKey().get(), o.header(),
                                o.column());
                    } else {
                        problems.error(line, "yaml.syntax.text-outdented", line.column(), o.opener(), o.header(),
                                o.column(), o.like());
                    }
                }
            } else if (block.isPresent() && tabIndented(source.line(at.line()))) {
                // A Tab (Word's, a pasted line) is no indentation to YAML: its text has not begun; the fix is spaces.
                int column = SourceFile.indent(source.line(block.get())) + 3;
                problems.error(at, "yaml.syntax.tab-block-first", block.get(), source.line(block.get()).strip(),
                        column - 1, column);
            } else if (block.isPresent()) {
                problems.error(at, "yaml.syntax.block-not-indented", block.get(),
                        source.line(block.get()).strip(), source.indentAfter(at.line() - 1) + 1,
                        SourceFile.indent(source.line(block.get())) + 3);
            } else if (quote.isPresent()) {
                UnclosedQuote.Found q = quote.get();
                problems.error(new SourcePosition(source.displayPath(), q.line(), q.column()),
                        "yaml.syntax.unclosed-quote-later", String.valueOf(q.quote()), q.closedAt());
            } else if (listEntry.isPresent()) {
                problems.error(at, "yaml.syntax.dash-space", listEntry.get());
            } else if (align.isPresent()) {
                problems.error(at, "yaml.syntax.indent-align", at.column(), align.get().line(), align.get().column());
            } else if (key.equals("yaml.syntax.tab") && TabPlace.insideLine(source, at.line(), at.column())) {
                problems.error(at, "yaml.syntax.tab-after", at.column(), before(source.line(at.line()), at.column()));
            } else if (key.equals("yaml.syntax.tab") && TabPlace.indent(source, at.line()).isPresent()) {
                TabPlace.Indent i = TabPlace.indent(source, at.line()).get();
                problems.error(at, i.under() ? "yaml.syntax.tab-indent-under" : "yaml.syntax.tab-indent",
                        i.column() - 1, i.column(), i.line(), i.word());
            } else if (key.equals("yaml.syntax.colon") && ColonInValue.at(source, at).isPresent()) {
                ColonInValue.Found c = ColonInValue.at(source, at).get();
                problems.error(at, ColonInValue.curly(source, at) ? "yaml.syntax.colon-in-curly-quotes"
                        : "yaml.syntax.colon-in-value", c.key(), at.column(), c.quoted());
            } else if (unspaced.isPresent()) {
                ColonInValue.Found c = unspaced.get();
                int line = ColonInValue.unspaced(source, at.line()).isPresent() ? at.line() : at.line() - 1;
                boolean fullWidth = source.charAt(line, c.column()) == '：';
                char after = source.charAt(line, c.column() + 1);
                if (!fullWidth && WordMarks.oddBlank(after)) {
                    // "symbol:　KH-STTTT": a blank there, but one YAML does not take for the space after ":".
                    problems.error(new SourcePosition(source.displayPath(), line, c.column() + 1),
                            "yaml.syntax.colon-odd-blank", c.key(), String.format("U+%04X", (int) after),
                            c.quoted().replace(": " + after, ": "), WordMarks.blankName(after));
                } else {
                    problems.error(new SourcePosition(source.displayPath(), line, c.column()),
                            fullWidth ? "yaml.syntax.colon-full-width" : "yaml.syntax.colon-space", c.key(), c.quoted());
                }
            } else if (key.equals("yaml.syntax.no-colon") && OutdentedText.valueAbove(source, at.line()).isPresent()) {
                OutdentedText.Value v = OutdentedText.valueAbove(source, at.line()).get();
                problems.error(at, "yaml.syntax.no-colon-value", v.key(), v.line(), v.column() + 2);
            } else {
                problems.error(at, key, YamlSyntaxMessages.detail(e));
            }
            return null;
        } catch (Abandoned e) {
            folded.forEach(f -> problems.addAll(f.warning()));
            oddIndents.forEach(o -> problems.add(o.cleaned()));
            return null;
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(source.displayPath()), "file.unreadable", e.getMessage());
            return null;
        }
    }

    /**
     * title: "Kế hoạch …” — opened with YAML's straight quote, closed with Word's curly one, which YAML takes for a
     * letter: the quote is never closed. The curly quote that ends the line, or empty.
     */
    private static Optional<String> closedCurly(SourceFile source, SourcePosition at) {
        String line = source.line(at.line());
        String rest = line.substring(Math.min(line.length(), at.column())).replaceFirst("\\s+#.*$", "").strip();
        char open = source.charAt(at.line(), at.column());
        return !rest.isEmpty() && (open == '"' || open == '\'') && rest.indexOf(open) < 0
                && (rest.endsWith("”") || rest.endsWith("’")) ? Optional.of(rest.substring(rest.length() - 1))
                : Optional.empty();
    }

    /** A key after an odd blank: the error if the parse fails from it, the cleaned-name warning if not. */
    private record OddIndented(Problem error, Problem cleaned) {
    }

    /** Whether a Tab is among the blanks that begin {@code line}. */
    private static boolean tabIndented(String line) {
        return line.substring(0, line.length() - line.stripLeading().length()).indexOf('\t') >= 0;
    }

    /** The words a Tab follows on its line ("title:"), for the officer to find it: a Tab does not show. */
    private static String before(String line, int column) {
        String s = line.substring(0, Math.min(line.length(), column - 1)).strip();
        return s.length() > 30 ? "…" + s.substring(s.length() - 29) : s;
    }

    /**
     * Where a syntax error is: SnakeYAML's problem mark (the Tab, the misaligned key), or for an
     * unclosed quote the opening quote. Jackson's own location is only that of the last good token,
     * which for a Tab is the end of the line above.
     */
    private static SourcePosition syntaxPosition(SourceFile source, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            String key = YamlSyntaxMessages.key(e);
            Mark context = m.getContextMark();
            Mark problem = m.getProblemMark();
            boolean atStart = context != null && (key.equals("yaml.syntax.unclosed-quote")
                    || key.equals("yaml.syntax.flow-mapping") || key.equals("yaml.syntax.flow-sequence")
                    || YamlSyntaxMessages.pointsAtStart(key) && problem != null && problem.getLine() > context.getLine());
            Mark mark = atStart ? context : problem;
            if (mark != null) {
                return new SourcePosition(source.displayPath(), mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        return position(source, e.getLocation());
    }

    /**
     * "-Sở Tài chính" under a list: YAML reads it as text, not as an entry, and SnakeYAML then misses a ":" (or
     * meets a misaligned key) at that line. The officer forgot the space after the dash; returns the entry's text.
     */
    private static Optional<String> dashWithoutSpace(SourceFile source, SourcePosition at) {
        List<String> lines = source.lines();
        if (at.line() < 1 || at.line() > lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(at.line() - 1).strip();
        return line.length() > 1 && line.charAt(0) == '-' && !Character.isWhitespace(line.charAt(1))
                && line.charAt(1) != '-' ? Optional.of(line.substring(1)) : Optional.empty();
    }

    /**
     * "text: |" and the text's lines below it not indented past it: YAML ends the text at once and reads its first
     * line as a key without ":". Returns the line of the "|" (or ">"), when that is what happened at {@code at}.
     */
    private static Optional<Integer> blockNotIndented(SourceFile source, SourcePosition at) {
        int above = at.line() - 1;
        while (above >= 1 && source.line(above).isBlank()) {
            above--;
        }
        String header = source.line(above);
        String here = source.line(at.line());
        return above >= 1 && BLOCK_HEADER.matcher(header).matches() && !here.isBlank()
                && SourceFile.indent(here) <= SourceFile.indent(header) ? Optional.of(above) : Optional.empty();
    }

    /** A key or list entry whose value is a block of text on the lines below ({@code text: |}, {@code - >-}). */
    private static final java.util.regex.Pattern BLOCK_HEADER =
            java.util.regex.Pattern.compile("\\s*(-\\s+|[^#]*:\\s+)[|>][0-9+-]*\\s*(#.*)?");

    private static SourcePosition position(SourceFile source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.startOf(source.displayPath());
        }
        return new SourcePosition(source.displayPath(), location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** YAML's own type tags, said as such: an officer typing words does not write these. */
    private static final java.util.Set<String> TYPE_TAGS = java.util.Set.of("!!str", "!!int", "!!float", "!!bool",
            "!!null", "!!timestamp", "!!map", "!!seq", "!!set", "!!omap", "!!pairs");

    /** Thrown to stop reading after a problem that makes the rest of the tree meaningless. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** A {@link FoldedPoints} warning and the line its value ends on, held until the parse is over. */
    private record Folded(int end, Problems warning) {
    }

    /** One pass over the token stream. */
    private static final class Walk {
        private final JsonParser parser;
        private final SourceFile source;
        private final Problems problems;
        private final List<Folded> folded;
        private final List<OddIndented> oddIndents;

        Walk(JsonParser parser, SourceFile source, Problems problems, List<Folded> folded, List<OddIndented> oddIndents) {
            this.parser = parser;
            this.source = source;
            this.problems = problems;
            this.folded = folded;
            this.oddIndents = oddIndents;
        }

        /** {@code holds}: what the format holds here (null: not known), for {@link CommentedValue}. */
        YamlNode node(JsonToken token, int depth, Shape.Value holds) throws IOException {
            SourcePosition at = here();
            if (depth > MAX_DEPTH) {
                problems.error(at, "yaml.too-deep", MAX_DEPTH);
                throw new Abandoned();
            }
            boolean prose = token.isScalarValue() && proseAnchor(at);
            if (!prose) {
                rejectAnchorsAndAliases(at);
            }
            YamlNode node = switch (token) {
                case START_OBJECT -> mapping(at, depth, holds);
                case START_ARRAY -> sequence(at, depth, holds);
                case VALUE_STRING -> scalar(YamlNode.ScalarType.STRING, at, holds);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(YamlNode.ScalarType.NUMBER, at, holds);
                case VALUE_TRUE, VALUE_FALSE -> scalar(YamlNode.ScalarType.BOOLEAN, at, holds);
                case VALUE_NULL -> new YamlNode.Scalar(YamlNode.ScalarType.NULL, "", at, origin(at));
                case VALUE_EMBEDDED_OBJECT -> {
                    // "!!binary": Jackson hands over decoded bytes, which no field of a plan can hold (found by FuzzTest).
                    problems.error(at, "yaml.binary");
                    yield new YamlNode.Scalar(YamlNode.ScalarType.NULL, "", at, origin(at));
                }
                default -> throw new IllegalStateException("unexpected YAML token " + token);
            };
            if (token == JsonToken.VALUE_STRING && PlanShape.itemOf(holds) != null) {
                node = bulletedList((YamlNode.Scalar) node);
            }
            return prose || token != JsonToken.VALUE_EMBEDDED_OBJECT && source.charAt(at.line(), at.column()) == '!'
                    ? markedValue(node) : node;
        }

        /**
         * A value YAML read as a tag ("title: !Ghi chú": the tag "!Ghi" dropped, "chú" kept) or an anchor
         * ("title: &Ghi chú", no alias naming it) that is words pasted from Word: plandoc uses neither, and the
         * officer loses the first word without a sign. Said as the value to put in quotes (as when the parser
         * fails on such a mark, {@link ColonInValue#startingWithMark}); read on as the whole text written, so
         * it is not also "empty". A YAML type tag ("!!str 2013") is said as one, to delete.
         */
        private YamlNode markedValue(YamlNode node) {
            SourcePosition at = node.at();
            String line = source.line(at.line());
            String mark = line.substring(at.column() - 1).replaceFirst("^([^\\s,\\[\\]{}]*).*$", "$1");
            if (TYPE_TAGS.contains(mark)) {
                String rest = line.substring(at.column() - 1 + mark.length()).stripLeading();
                problems.error(at, "yaml.tag-type", mark, (line.substring(0, at.column() - 1) + rest).strip());
                return node;
            }
            Optional<ColonInValue.Found> value = ColonInValue.valueAt(source, at);
            if (value.isEmpty()) {
                problems.error(at, "yaml.tag", mark);
                return node;
            }
            problems.error(new SourcePosition(at.file(), at.line(), value.get().column()),
                    value.get().markMessage(), value.get().key(), value.get().quoted());
            // The tag or anchor and the blanks after it, then the words YAML kept: the value as typed.
            String written = line.substring(at.column() - 1).replaceFirst("^(\\S*\\s*).*$", "$1");
            if (node instanceof YamlNode.Scalar s) {
                String text = s.type() == YamlNode.ScalarType.NULL ? written.strip() : written + s.text();
                return new YamlNode.Scalar(YamlNode.ScalarType.STRING, text, s.at(), s.origin());
            }
            if (node instanceof YamlNode.Mapping m && m.entries().stream().allMatch(e -> e.keyAt().line() == at.line())) {
                // "- ! Lưu ý: gửi kèm …": words with a colon, read as a key; they are the one text of the line.
                String text = line.substring(at.column() - 1).replaceFirst("\\s+#.*$", "").strip();
                return new YamlNode.Scalar(YamlNode.ScalarType.STRING, text, at, origin(at));
            }
            return node;
        }

        /** "&Ghi chú" as a key's or list entry's value, words after it and no "*Ghi" in the file: words, not an anchor. */
        private boolean proseAnchor(SourcePosition at) {
            if (source.charAt(at.line(), at.column()) != '&') {
                return false;
            }
            String rest = source.line(at.line()).substring(at.column() - 1);
            String name = rest.split("\\s", 2)[0].substring(1);
            // An alias is "*name" standing alone as a value; "**Ghi chú**" in Markdown elsewhere is none (s27 re-read M4).
            Pattern alias = Pattern.compile("(?m)(?:^|[\\s\\[{,])\\*" + Pattern.quote(name) + "(?=[\\s,\\]}]|$)");
            return rest.matches("&\\S+\\s+[^#\\s].*") && !alias.matcher(source.text()).find()
                    && ColonInValue.valueAt(source, at).isPresent();
        }

        /**
         * "archive:" then "  – VT", "recipients:" then "  • UBND tỉnh" and "  - Các sở": Word's dash or bullet where
         * the list's "- " was meant, which YAML reads as words (the lines joined into one). Said at the mark, with
         * the line to write; read as the list meant, one entry a line, so what reads the list says nothing more.
         */
        private YamlNode bulletedList(YamlNode.Scalar s) {
            Optional<WordMarks.Bullet> bullet = WordMarks.bullet(source.line(s.at().line()));
            if (bullet.isEmpty() || bullet.get().column() != s.at().column()) {
                return s;
            }
            problems.warning(s.at(), "yaml.word-bullet", String.valueOf(bullet.get().mark()), bullet.get().name(),
                    bullet.get().fixed());
            JsonLocation end = parser.currentLocation();
            int last = end == null ? s.at().line() : Math.max(s.at().line(), end.getLineNr());
            List<YamlNode> items = new ArrayList<>();
            for (int line = s.at().line(); line <= last && line <= source.lines().size(); line++) {
                String text = source.line(line).replaceFirst("\\s+#.*$", "").strip();
                if (text.isEmpty() || line > s.at().line() && SourceFile.indent(source.line(line)) < s.at().column() - 1) {
                    continue;
                }
                int indent = SourceFile.indent(source.line(line));
                String entry = text.replaceFirst("^[-•–—·●▪◦‣]\\s+", "");
                SourcePosition at = new SourcePosition(s.at().file(), line, indent + 1 + text.length() - entry.length());
                items.add(new YamlNode.Scalar(YamlNode.ScalarType.STRING, nfc(entry), at, new TextOrigin(at, false, 0, 0)));
            }
            return new YamlNode.Sequence(items, s.at(), false);
        }

        private YamlNode.Mapping mapping(SourcePosition at, int depth, Shape.Value holds) throws IOException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, SourcePosition> seen = new HashMap<>();
            JsonToken token;
            // "id:" again in one mapping: a list entry whose "- " was forgotten, its keys all read into the entry
            // above. Said once, as that; its other keys are not each a duplicate too.
            boolean entryWithoutDash = false;
            boolean flow = source.charAt(at.line(), at.column()) == '{';
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                SourcePosition keyAt = here();
                String key = key(nfc(parser.currentName()), keyAt);
                // Cells nest as deep as the axes ({2026: {tw: 350}}): their keys hold cells too.
                Shape.Value keyHolds = holds instanceof Shape.Value.Cells ? holds
                        : PlanShape.keyIn(holds, key).map(Shape.Key::value).orElse(null);
                YamlNode value = commentedValue(key, node(parser.nextToken(), depth + 1, keyHolds), holds);
                int colon = flow ? unspacedColon(key, value) : -1;
                if (colon > 0) {
                    // "{ dp:2300 }": YAML reads one key "dp:2300" with no value; said at the colon, read as meant.
                    value = flowValue(key, keyAt, colon);
                    key = key.substring(0, colon);
                }
                if (!plainName(key) && outdentedText(keyAt)) {
                    if (!(value instanceof YamlNode.Scalar)) {
                        // "Lưu ý:" alone took the lines below as its value: what YAML reads after it is that one mistake.
                        throw new Abandoned();
                    }
                    continue;
                }
                if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
                    JsonLocation end = parser.currentLocation();
                    int endLine = end == null ? 0 : end.getLineNr();
                    Problems warning = new Problems();
                    FoldedPoints.check(source, key, keyAt, s.at(), endLine, warning);
                    if (warning.warningCount() > 0) {
                        folded.add(new Folded(endLine, warning));
                    }
                }
                SourcePosition first = seen.putIfAbsent(key, keyAt);
                if (first != null && entryWithoutDash) {
                    continue;
                } else if (first != null && key.equals("id") && value instanceof YamlNode.Scalar id) {
                    entryWithoutDash = true;
                    problems.error(keyAt, "yaml.duplicate-id-key", first.line(), id.text());
                } else if (first != null) {
                    problems.error(keyAt, "yaml.duplicate-key", key, first.line());
                } else {
                    entries.add(new YamlNode.Entry(key, keyAt, value));
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IllegalStateException("unexpected YAML token " + token);
            }
            return new YamlNode.Mapping(entries, at);
        }

        /** Where the ":" of {@code key} ("dp:2300", read from inside { } with no value) stands in it; -1: none. */
        private static int unspacedColon(String key, YamlNode value) {
            int colon = key.indexOf(':');
            return value instanceof YamlNode.Scalar s && empty(s) && colon > 0 && colon < key.length() - 1
                    && !Character.isWhitespace(key.charAt(colon + 1)) && !key.startsWith("//", colon + 1) ? colon : -1;
        }

        /** "dp:2300" inside { }: the error at its colon with the line to write, and the value the officer meant. */
        private YamlNode flowValue(String key, SourcePosition keyAt, int colon) {
            String line = source.line(keyAt.line());
            boolean aligned = source.charAt(keyAt.line(), keyAt.column() + colon) == ':';
            SourcePosition colonAt = aligned ? new SourcePosition(keyAt.file(), keyAt.line(), keyAt.column() + colon) : keyAt;
            problems.error(colonAt, "yaml.syntax.flow-colon-space", key.substring(0, colon), key,
                    FLOW_UNSPACED.matcher(line).replaceAll("$1: ").strip());
            String typed = key.substring(colon + 1);
            SourcePosition valueAt = new SourcePosition(keyAt.file(), keyAt.line(), colonAt.column() + 1);
            YamlNode.ScalarType type = CurlyQuotes.number(typed) ? YamlNode.ScalarType.NUMBER : YamlNode.ScalarType.STRING;
            return new YamlNode.Scalar(type, typed, valueAt, new TextOrigin(valueAt, false, 0, 0));
        }

        /**
         * "title: #Dự thảo …": the value YAML read as empty, said as the comment it is, at the "#". Returned empty
         * at the "#", so that a required key's "has no value" sees this error said there and is not a second one.
         */
        private YamlNode commentedValue(String key, YamlNode value, Shape.Value holder) {
            if (!(value instanceof YamlNode.Scalar s) || !empty(s)) {
                return value;
            }
            Optional<CommentedValue.Found> found = CommentedValue.ofKey(source, key, s.at(), holder);
            if (found.isEmpty()) {
                return value;
            }
            SourcePosition hash = new SourcePosition(s.at().file(), s.at().line(), found.get().column());
            if (found.get().note()) {
                // "text: # Đầu mối: …" on a key that may be empty: a note, or words lost; said, left empty.
                problems.warning(hash, "yaml.comment-value-optional", key, found.get().comment(), found.get().quoted());
                return value;
            }
            problems.error(hash, "yaml.comment-value", key, found.get().comment(), found.get().quoted());
            return new YamlNode.Scalar(YamlNode.ScalarType.NULL, "", hash, s.origin());
        }

        /**
         * "- #1 Sở Tài chính": a list entry YAML read as empty, said as the comment it is; the entry is left out, so
         * what reads the list is not told of an empty entry too.
         */
        private boolean commentedEntry(YamlNode item) {
            if (!(item instanceof YamlNode.Scalar s) || !empty(s)) {
                return false;
            }
            Optional<CommentedValue.Found> found = CommentedValue.ofEntry(source, s.at());
            found.ifPresent(f -> problems.error(new SourcePosition(s.at().file(), s.at().line(), f.column()),
                    "yaml.comment-entry", f.comment(), f.quoted()));
            return found.isPresent();
        }

        /** Nothing written: the parser hands a plain empty value over as null or as "" (quoted "" starts with its quote). */
        private static boolean empty(YamlNode.Scalar s) {
            return s.type() == YamlNode.ScalarType.NULL || s.type() == YamlNode.ScalarType.STRING && s.text().isEmpty();
        }

        private YamlNode.Sequence sequence(SourcePosition at, int depth, Shape.Value holds) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                YamlNode item = node(token, depth + 1, PlanShape.itemOf(holds));
                if (!commentedEntry(item)) {
                    items.add(item);
                }
            }
            return new YamlNode.Sequence(items, at, source.charAt(at.line(), at.column()) == '[');
        }

        /** {@code holds}: what the format holds here (null: not known), to say curly quotes the way it reads them. */
        private YamlNode.Scalar scalar(YamlNode.ScalarType type, SourcePosition at, Shape.Value holds)
                throws IOException {
            TextOrigin origin = origin(at);
            if (type == YamlNode.ScalarType.STRING) {
                CutComment.check(source, parser.getText(), origin, problems);
            }
            char first = source.charAt(at.line(), at.column());
            Optional<String> inner = type == YamlNode.ScalarType.STRING && (first == '“' || first == '‘')
                    ? CurlyQuotes.unwrapped(parser.getText()) : Optional.empty();
            if (type == YamlNode.ScalarType.STRING && inner.isEmpty()) {
                // “Kế hoạch … with its ” lost: a quote printed alone, said at it.
                CurlyQuotes.unpaired(source, parser.getText(), at, first)
                        .ifPresent(u -> problems.warning(u.at(), u.key(), u.args()));
            }
            if (inner.isPresent()) {
                // “2022-02-18”, “Phê duyệt …”: Word's quotes where YAML's were meant; read as YAML reads straight ones.
                CurlyQuotes.Kind kind = CurlyQuotes.kind(inner.get(), holds);
                String[] fixes = CurlyQuotes.fixes(source.line(at.line()), at.column() - 1, inner.get(),
                        kind == CurlyQuotes.Kind.ID || kind == CurlyQuotes.Kind.PLAIN);
                boolean number = CurlyQuotes.number(inner.get());
                Optional<plandoc.model.Amount.WordQuotes> figure = Optional.empty();
                if (number && kind == CurlyQuotes.Kind.NUMBER && PlanShape.budgetFigure(holds)) {
                    // A budget's figure: its rules say the quotes, with a thousands dot as one slip (s34: said
                    // here, then taken back there).
                    figure = Optional.of(new plandoc.model.Amount.WordQuotes(parser.getText().strip(), fixes[0],
                            fixes[1], CurlyQuotes.pairName(parser.getText())));
                } else {
                    problems.warning(at, kind.key, parser.getText().strip(), fixes[0], fixes[1],
                            CurlyQuotes.pairName(parser.getText()), inner.get());
                }
                YamlNode.ScalarType read = number ? YamlNode.ScalarType.NUMBER : type;
                return new YamlNode.Scalar(read, nfc(inner.get()), at,
                        new TextOrigin(at, false, 0, 1, origin.folded()), figure);
            }
            return new YamlNode.Scalar(type, nfc(parser.getText()), at, origin);
        }

        /**
         * "Trong đó: …" pasted left of a text block's column, where YAML reads it as a key: said as the line of
         * text it is (with its column), not as an unknown key "Trong đó"; the entry is left out.
         */
        /** A name as a plan's keys are (ASCII letters, digits, "_", "-", "."): no sentence of a text. */
        private static boolean plainName(String key) {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c > 0x7F || c == ' ') {
                    return false;
                }
            }
            return true;
        }

        private boolean outdentedText(SourcePosition keyAt) {
            String line = source.line(keyAt.line());
            if (keyAt.column() != SourceFile.indent(line) + 1 || IndentHint.isStructure(line.strip())) {
                return false; // a plan's key, or a key after "- " or inside { }: not words of a text
            }
            Optional<OutdentedText.Found> found = OutdentedText.at(source, keyAt.line());
            found.ifPresent(o -> problems.error(keyAt, "yaml.syntax.text-outdented", keyAt.column(), o.opener(),
                    o.header(), o.column(), o.like()));
            return found.isPresent();
        }

        /** Keys name axis members and years: cleaned like ids, with a warning when that changed them. */
        private String key(String typed, SourcePosition at) {
            Optional<WordMarks.OddIndent> odd = WordMarks.oddIndent(source.line(at.line()));
            if (odd.isPresent() && odd.get().column() == at.column()) {
                // "　symbol:": YAML reads the key at column 1, out of its mapping; which is said depends on what follows.
                String cleaned = TextHygiene.name(typed);
                oddIndents.add(new OddIndented(
                        new Problem(Severity.ERROR, at, Message.of("yaml.indent-odd-blank", odd.get().code(),
                                odd.get().name(), odd.get().fixed().strip(), SourceFile.indent(odd.get().fixed()))),
                        new Problem(Severity.WARNING, at, Message.of("text.cleaned-name", cleaned,
                                TextHygiene.describe(typed)))));
                return cleaned;
            }
            Optional<String> inner = CurlyQuotes.unwrapped(typed);
            if (inner.isPresent() && source.charAt(at.line(), at.column()) == typed.charAt(0)) {
                // “title”: a key in Word's quotes reads as the key "“title”", unknown; a key needs no quotes at all.
                String[] fixes = CurlyQuotes.fixes(source.line(at.line()), at.column() - 1, inner.get(), true);
                problems.warning(at, "yaml.curly-quotes-key", typed, inner.get(), fixes[0], CurlyQuotes.pairName(typed));
                typed = inner.get();
            }
            String cleaned = TextHygiene.name(typed);
            if (!cleaned.equals(typed)) {
                problems.warning(at, "text.cleaned-name", cleaned, TextHygiene.describe(typed));
            }
            return cleaned;
        }

        private TextOrigin origin(SourcePosition at) {
            char c = source.charAt(at.line(), at.column());
            boolean block = c == '|' || c == '>';
            int quote = c == '"' || c == '\'' ? 1 : 0;
            JsonLocation end = parser.currentLocation();
            boolean folded = c == '>' || !block && end != null && end.getLineNr() > at.line();
            return new TextOrigin(at, block, block ? source.indentAfter(at.line()) : 0, quote, folded);
        }

        private void rejectAnchorsAndAliases(SourcePosition at) throws IOException {
            YAMLParser yaml = (YAMLParser) parser;
            if (yaml.isCurrentAlias() && wordsAfter(at)) {
                return; // "*Ghi chú …" pasted as a title: the parser fails on the words, said there as a value to quote
            } else if (yaml.isCurrentAlias()) {
                problems.error(at, "yaml.alias", parser.getText());
            } else if (yaml.getObjectId() != null) {
                problems.error(at, "yaml.anchor", String.valueOf(yaml.getObjectId()));
            } else if (source.charAt(at.line(), at.column()) == '&') {
                // Jackson reports the anchors of mappings and lists only; a scalar's shows in the source.
                StringBuilder name = new StringBuilder();
                for (int c = at.column() + 1; source.charAt(at.line(), c) > ' '; c++) {
                    name.append(source.charAt(at.line(), c));
                }
                problems.error(at, "yaml.anchor", name.toString());
            }
        }

        /** Whether words follow the alias or anchor at {@code at} on its line ("*Ghi chú", "- *Sở …"), not a comment. */
        private boolean wordsAfter(SourcePosition at) {
            String line = source.line(at.line());
            return at.column() <= line.length() && line.substring(0, at.column() - 1).matches("\\s*(-\\s+)?([^\\[{]*:\\s+)?")
                    && line.substring(at.column() - 1).matches("[*&]\\S+\\s+[^#\\s].*");
        }

        private SourcePosition here() {
            return position(source, parser.currentTokenLocation());
        }

        private static String nfc(String s) {
            return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
        }
    }
}
