package plandoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages stay apart (load → validate → compute → render → publish; build, cli and serve on top), and the two data models
 * stay pure: {@code model} is the plan as written, {@code resolved} the document as printed; neither
 * parses, reads files, renders or knows a stage.
 *
 * <p>Scans the sources rather than class files, so imports and fully qualified names written inline
 * ({@code plandoc.diagnostic.Suggestions.nearest(…)}) both count; comments and string literals do not.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");

    private static final List<String> LIBRARIES = List.of("com.fasterxml", "org.yaml", "freemarker", "com.vladsch",
            "picocli", "org.jsoup", "org.apache", "com.openhtmltopdf", "io.github", "java.io", "java.nio.file.Files");

    /** A source file and what it refers to: packages of plandoc classes ("plandoc.diagnostic.Suggestions"), library names. */
    record Source(Path file, String packageName, Set<String> references) {
    }

    // Rules

    @Test
    void modelIsPureData() throws IOException {
        assertPure("plandoc.model", Set.of("plandoc.model", "plandoc.diagnostic"));
    }

    @Test
    void resolvedIsPureData() throws IOException {
        assertPure("plandoc.resolved", Set.of("plandoc.resolved"));
    }

    @Test
    void diagnosticDependsOnNothing() throws IOException {
        assertPure("plandoc.diagnostic", Set.of("plandoc.diagnostic"));
    }

    private void assertPure(String pkg, Set<String> allowed) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources(pkg)) {
            for (String ref : s.references()) {
                boolean library = LIBRARIES.stream().anyMatch(l -> ref.equals(l) || ref.startsWith(l + "."));
                boolean plandoc = ref.startsWith("plandoc.") && allowed.stream().noneMatch(a -> packageOf(ref).equals(a));
                if (library || plandoc) {
                    violations.add(s.file() + " uses " + ref);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void computeDoesNotReachBackOrForward() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources("plandoc.compute")) {
            for (String ref : s.references()) {
                String target = packageOf(ref);
                boolean forbidden = target.equals("plandoc.render") || target.equals("plandoc.cli")
                        || target.equals("plandoc") || target.equals("plandoc.load");
                if (forbidden) {
                    violations.add(s.file() + " uses " + ref);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** load turns YAML into the model: it knows no later stage (compute, render …) and not the resolved document. */
    @Test
    void loadKnowsOnlyTheModel() throws IOException {
        Set<String> allowed = Set.of("plandoc.load", "plandoc.model", "plandoc.diagnostic");
        List<String> violations = new ArrayList<>();
        for (Source s : sources("plandoc.load")) {
            for (String ref : s.references()) {
                if (ref.startsWith("plandoc.") && !allowed.contains(packageOf(ref))) {
                    violations.add(s.file() + " uses " + ref);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void validateDoesNotReachForward() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources("plandoc.validate")) {
            for (String ref : s.references()) {
                String target = packageOf(ref);
                boolean forbidden = target.equals("plandoc.compute") || target.equals("plandoc.render")
                        || target.equals("plandoc.cli") || target.equals("plandoc.resolved")
                        || target.equals("plandoc.load");
                if (forbidden) {
                    violations.add(s.file() + " uses " + ref);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void releaseDependsOnNothing() throws IOException {
        assertPure("plandoc.release", Set.of("plandoc.release"));
    }

    /**
     * build, cli and serve drive the stages: no stage reaches back up to them (render once read the release
     * from build while build renders: a package cycle), nor to the Generator and its PlanOutcome.
     */
    @Test
    void stagesDoNotReachTheDrivers() throws IOException {
        Set<String> drivers = Set.of("plandoc.build", "plandoc.cli", "plandoc.serve");
        List<String> violations = new ArrayList<>();
        for (String stage : List.of("plandoc.load", "plandoc.validate", "plandoc.compute", "plandoc.render",
                "plandoc.publish")) {
            for (Source s : sources(stage)) {
                for (String ref : s.references()) {
                    if (drivers.contains(packageOf(ref)) || packageOf(ref).equals("plandoc")) {
                        violations.add(s.file() + " uses " + ref);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The scan itself: it must see every package it guards, or the rules above pass vacuously. */
    @Test
    void theScanSeesTheSources() throws IOException {
        assertTrue(sources("plandoc.model").size() >= 20);
        assertTrue(sources("plandoc.resolved").size() >= 20);
        assertTrue(sources("plandoc.compute").stream().anyMatch(s -> s.references().contains("plandoc.diagnostic.Suggestions")),
                "DeclaredCheck imports plandoc.diagnostic.Suggestions");
        assertTrue(sources("plandoc.load").stream().anyMatch(s -> s.references().contains("com.fasterxml.jackson.core.JsonParser")));
        assertTrue(sources("plandoc.render").stream().anyMatch(s -> s.references().contains("plandoc.release.Release")),
                "DocumentMetadata names plandoc.release.Release");
        assertTrue(sources("plandoc.publish").size() >= 2);
    }

    @Test
    void referencesIgnoreCommentsAndStrings() {
        String code = """
                package plandoc.model;

                import java.io.File;
                import static plandoc.compute.Numbering.roman;
                import plandoc.render.*;

                /** Uses {@link plandoc.load.PlanLoader} in prose only. */
                class X { // plandoc.cli.Main is a comment
                    String s = "plandoc.validate.IdIndex and java.io.Reader";
                    String t = \"""
                        plandoc.Generator in a text block
                        \""";
                    char c = '"';
                    Object o = new plandoc.compute.Figure(null, null);
                    Object p = plandoc.Generator.class;
                    java.nio.file.Path path; java.nio.file.Files files;
                }
                """;
        assertEquals(new TreeSet<>(Set.of("java.io.File", "plandoc.compute.Numbering", "plandoc.render.*",
                "plandoc.compute.Figure", "plandoc.Generator", "java.nio.file.Path", "java.nio.file.Files")),
                new TreeSet<>(references(code)));
    }

    /**
     * No resolved record has a {@code String kind} or {@code role} component: a closed set is an enum implementing
     * {@code Keyword}, which templates still read as its word (s18 typed a row's kind as {@code RowKind}). A printed
     * label is named as one ({@code DocumentInfo.kindName}, {@code HeaderView.kindHeading}, s20), so nothing
     * branches on text that merely looks like a code.
     */
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*(?:<[^>]*>)?\\s*\\(([^)]*)\\)");
    private static final Pattern STRING_KIND = Pattern.compile("\\bString\\s+(kind|role)\\b");

    @Test
    void resolvedRecordsHaveNoStringKindOrRole() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Source s : sources("plandoc.resolved")) {
            String outer = s.file().getFileName().toString().replace(".java", "");
            found.addAll(stringKinds(outer, stripCommentsAndLiterals(Files.readString(s.file()))));
        }
        assertEquals(Set.of(), found, "a closed set in the resolved document is an enum (resolved.Keyword), "
                + "a printed label is named as one (kindName), not a String kind");
        assertEquals(Set.of("HeaderView.kind", "HeaderView.Stamp.role"), stringKinds("HeaderView",
                "public record HeaderView(String parent, String kind, List<String> lines) { record Stamp(String role) {} }"),
                "the rule sees a String kind, in a nested record too");
    }

    /** The {@code String kind}/{@code role} components of the records in {@code code}, "Outer.Nested.kind". */
    private static Set<String> stringKinds(String outer, String code) {
        Set<String> found = new TreeSet<>();
        Matcher record = RECORD.matcher(code);
        while (record.find()) {
            String name = record.group(1).equals(outer) ? outer : outer + "." + record.group(1);
            Matcher field = STRING_KIND.matcher(record.group(2));
            while (field.find()) {
                found.add(name + "." + field.group(1));
            }
        }
        return found;
    }

    /**
     * An enum with a word (a {@code resolved.Keyword}: "axis-total"; a {@code model.Choice}: "quyet-dinh") prints that
     * word, never its Java name: s19's merge met {@code "axis.columns." + kind} looking up "axis.columns.SOURCE".
     * Each such enum overrides {@code toString()} (an interface cannot), and one that forgets fails here.
     */
    private static final Pattern WORD_ENUM =
            Pattern.compile("\\benum\\s+(\\w+)\\s+implements\\s+[^{]*\\b(?:Keyword|Choice)\\b");

    @Test
    void enumsWithAWordPrintTheirWord() throws Exception {
        List<String> printingJavaNames = new ArrayList<>();
        int enums = 0;
        for (String pkg : List.of("plandoc.resolved", "plandoc.model")) {
            for (Source s : sources(pkg)) {
                String outer = s.file().getFileName().toString().replace(".java", "");
                Matcher m = WORD_ENUM.matcher(stripCommentsAndLiterals(Files.readString(s.file())));
                while (m.find()) {
                    String name = m.group(1).equals(outer) ? outer : outer + "$" + m.group(1);
                    printingJavaNames.addAll(printingJavaNames(Class.forName(pkg + "." + name)));
                    enums++;
                }
            }
        }
        assertEquals(List.of(), printingJavaNames, "override toString() to return id()");
        assertTrue(enums >= 20, "the scan found the enums: " + enums);
        assertEquals(List.of("Forgetful.AXIS_TOTAL"), printingJavaNames(Forgetful.class), "the rule sees a Java name");
    }

    private enum Forgetful implements plandoc.resolved.Keyword { AXIS_TOTAL }

    /** The constants of {@code type} whose {@code toString()} is not their word. */
    private static List<String> printingJavaNames(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String word = constant instanceof plandoc.resolved.Keyword k ? k.id() : ((plandoc.model.Choice) constant).id();
            if (!constant.toString().equals(word)) {
                out.add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
            }
        }
        return out;
    }

    /**
     * Compute says "absent" with an Optional (or a domain type), not "": no resolved record is built with a ""
     * argument (a bare {@code ""}, {@code cond ? x : ""}, {@code .orElse("")}) — s20 made the document's dates,
     * captions, marks and the agency view's texts Optional, s21 the last nine (a row's id, a table's unit line, the
     * enacting line, the agency work's label, anchor and amount). A record's copy-with method is a constructor
     * too ({@code plan.withWorkbook("")}). A "" carried in a variable first is not seen.
     */
    private static final Pattern NEW_RECORD = Pattern.compile("\\bnew\\s+((?:[A-Z]\\w*\\.)*[A-Z]\\w*)\\s*\\(");
    private static final Pattern WITH_CALL = Pattern.compile("\\.(with[A-Z]\\w*)\\s*\\(");
    private static final Pattern WITHER = Pattern.compile("public\\s+(\\w+)\\s+(with[A-Z]\\w*)\\s*\\(");
    private static final Pattern EMPTY_ARGUMENT = Pattern.compile("^EMPTY_TEXT$|[:?]\\s*EMPTY_TEXT\\s*(?::|$)"
            + "|\\.orElse\\(EMPTY_TEXT\\)$");

    @Test
    void computeBuildsNoResolvedRecordWithEmptyText() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Source s : sources("plandoc.compute")) {
            found.addAll(emptyTextArguments(Files.readString(s.file())));
        }
        assertEquals(Set.of(), found, "say absent with Optional.empty(), not \"\"");
        assertEquals(Set.of("AttachedPlanView.captionLine", "AgencyPage.Mix.memberNames", "RowView(3).1",
                "ResolvedPlan.withWorkbook(1).0"), emptyTextArguments("""
                new AttachedPlanView(true, kind, title, "", sections, List.of(), Optional.empty(), rule);
                plan.withWorkbook(workbook).withWorkbook(""); builder.withName("");
                new AgencyPage.Mix(kind, Optional.empty(), "a, b", words(f(x, "")), ok ? Optional.of("a") : "");
                new RowView(RowKind.GROUP, id.orElse(""), cells); // "" in a comment
                new Entry("", ""); new RowView(kind, "x", cells);
                """), "the rule sees a \"\" argument, and only that");
    }

    /**
     * "Record.component" for each "" argument to a resolved record's constructor in {@code source}, and
     * "Record.withX(n).i" for one to its copy-with methods.
     */
    private static Set<String> emptyTextArguments(String source) throws ClassNotFoundException, IOException {
        String code = stripCommentsAndLiterals(source.replaceAll("(?<![\"\\\\])\"\"(?!\")", "EMPTY_TEXT"));
        Set<String> found = new TreeSet<>();
        Matcher m = NEW_RECORD.matcher(code);
        while (m.find()) {
            Path file = MAIN.resolve("plandoc/resolved/" + m.group(1).split("\\.")[0] + ".java");
            if (!Files.exists(file)) {
                continue;
            }
            Class<?> type = Class.forName("plandoc.resolved." + m.group(1).replace('.', '$'));
            List<String> arguments = arguments(code, m.end());
            var components = type.getRecordComponents();
            for (int i = 0; i < arguments.size(); i++) {
                if (components != null && EMPTY_ARGUMENT.matcher(arguments.get(i).strip()).find()) {
                    found.add(m.group(1) + (arguments.size() == components.length ? "." + components[i].getName()
                            : "(" + arguments.size() + ")." + i));
                }
            }
        }
        Map<String, String> withers = new HashMap<>();
        for (Source s : sources("plandoc.resolved")) {
            Matcher w = WITHER.matcher(Files.readString(s.file()));
            while (w.find()) {
                withers.put(w.group(2), w.group(1));
            }
        }
        Matcher call = WITH_CALL.matcher(code);
        while (call.find()) {
            List<String> arguments = withers.containsKey(call.group(1)) ? arguments(code, call.end()) : List.of();
            for (int i = 0; i < arguments.size(); i++) {
                if (EMPTY_ARGUMENT.matcher(arguments.get(i).strip()).find()) {
                    found.add(withers.get(call.group(1)) + "." + call.group(1) + "(" + arguments.size() + ")." + i);
                }
            }
        }
        return found;
    }

    /** The arguments of the call whose "(" ends before {@code from}, split at its own commas. */
    private static List<String> arguments(String code, int from) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
                out.add(code.substring(start, i));
                return out;
            } else if (c == ',' && depth == 0) {
                out.add(code.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Render writes the figures compute made: no money arithmetic there (the index's funding was once converted
     * at render time). The Excel workbook only writes its formulas' unit factor ("/1000").
     */
    @Test
    void renderDoesNoMoneyArithmetic() throws IOException {
        Pattern arithmetic = Pattern.compile("\\.(multiply|subtract|divide)\\(|BigDecimal::add|BigDecimal\\.ZERO"
                + "|\\bUnit\\.byLabel|\\.inDong\\(|\\bIndexFunding\\b");
        List<String> violations = new ArrayList<>();
        for (Source s : sources("plandoc.render")) {
            String code = stripCommentsAndLiterals(Files.readString(s.file()))
                    .replace("BigDecimal.ONE.divide(factor)", ""); // BudgetWorkbook.conversion: a formula's text
            Matcher m = arithmetic.matcher(code);
            while (m.find()) {
                violations.add(s.file() + ": " + m.group());
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(arithmetic.matcher("amount.multiply(unit.inDong())").find(), "the rule sees a conversion");
    }

    /**
     * Compute measures text (compute.TextMeasure, TextLines, SerifWidths, ColumnWidths' header lines) and the resolved
     * document carries the numbers; render only places them. A file of render that measures would be listed here, file
     * by file, until it moves into compute (equal, not within, so the list stays true); the workbook's was the last (s21).
     */
    private static final Set<String> MEASURING_LEFT = Set.of();

    private static final Pattern MEASURING = Pattern.compile(
            "\\b(TextMeasure|TextLines|SerifWidths|RowHeights|headerTextLines)\\b");

    @Test
    void renderDoesNotMeasureText() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Source s : sources("plandoc.render")) {
            Matcher m = MEASURING.matcher(stripCommentsAndLiterals(Files.readString(s.file())));
            while (m.find()) {
                found.add(MAIN.resolve("plandoc").relativize(s.file()).toString().replace('\\', '/') + ": " + m.group(1));
            }
        }
        assertEquals(new TreeSet<>(MEASURING_LEFT), found, "render places the line counts compute measured");
        assertTrue(MEASURING.matcher("int lines = ColumnWidths.headerTextLines(text, width, size);").find()
                && MEASURING.matcher("return TextLines.count(text, room, size, bold);").find(), "the rule sees a measurement");
    }

    /**
     * Compute words the labels and the build hands them over; render only writes them (s23 re-read L2: a plan's summary,
     * the open data package and the site-wide files triggered compute's wording from render). Render may use compute's
     * types (FigureForm, TableLayouts' constants), never a class that words: compute's {@code *Labelling}.
     */
    @Test
    void renderCallsNoWordingOfCompute() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Source s : sources("plandoc.render")) {
            s.references().stream().filter(ref -> ref.startsWith("plandoc.compute.") && ref.contains("Labelling"))
                    .forEach(ref -> found.add(MAIN.resolve("plandoc/render").relativize(s.file()) + " uses " + ref));
        }
        assertEquals(Set.of(), found, "the build gives render the words compute made (build.PortalWording)");
        assertTrue(references("import plandoc.compute.PortalLabelling; class A { Object o = PortalLabelling.openData(); }")
                .contains("plandoc.compute.PortalLabelling"), "the rule sees an imported wording class");
    }

    /**
     * Compute words every label a file or page shows, with the bundle of the right language where it is site chrome;
     * render places them (s21 review 3: the draft's "Dự thảo …" subject was written in two renderers, a fix to one
     * would have missed the other). So no Vietnamese word is written in render — a string or char literal holding a
     * letter outside ASCII — but in the files listed here, each with why (equal, not within, so the list stays true).
     */
    private static final Map<String, String> VIETNAMESE_IN_RENDER = Map.ofEntries(
            Map.entry("TitlePhrases.java", "patterns finding a title's date and place phrases to keep on one line: "
                    + "they read words, make none"),
            Map.entry("GuidePage.java", "finds the guide's own \"Mục lục:\" line and names the links replacing it "
                    + "with the guide's word (the guide is Vietnamese on every site)"),
            Map.entry("docx/PlanDocument.java", "the fixed words of Decree 30's form (quốc hiệu, tiêu ngữ, \"Nơi nhận:\"), "
                    + "which templates/partials/document.ftlh and plan.ftlh write as text too"),
            Map.entry("docx/Styles.java", "the names of the Word copy's own paragraph styles, as Word lists them"),
            Map.entry("pdf/SignatureFields.java", "the signature fields' fixed descriptions, beside the fixed names "
                    + "(ChuKyCoQuan) signing tools look for"),
            Map.entry("portal/SearchText.java", "folds 'đ' to 'd' for the search index: letters, not words"),
            Map.entry("pdf/PdfFonts.java", "the Vietnamese letters (TCVN 6909) a Times New Roman must draw to be used: "
                    + "letters, not words (s28 tryout F2)"),
            Map.entry("data/BudgetCsv.java", "column names of the CSV format (docs/format.md), fixed like a JSON key"));

    /**
     * A letter outside ASCII. Vietnamese words spelt in ASCII alone ("Trang", "Bang") and letters written as Unicode
     * escapes are not caught: a word list would flag identifiers and format codes as much as labels, and the escapes
     * in render are spaces and marks (s22 re-read L4). The rule catches the labels as officers write them.
     */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[\\p{L}&&[^\\x00-\\x7F]]");

    @Test
    void renderWritesNoVietnameseWords() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Source s : sources("plandoc.render")) {
            if (literals(Files.readString(s.file())).stream().anyMatch(l -> VIETNAMESE_LETTER.matcher(l).find())) {
                found.add(MAIN.resolve("plandoc/render").relativize(s.file()).toString().replace('\\', '/'));
            }
        }
        assertEquals(new TreeSet<>(VIETNAMESE_IN_RENDER.keySet()), found, "compute words the labels, render places them");
        assertEquals(List.of("\"Dự thảo \"", "'đ'", "\"\"\"\n    Bảng\"\"\""), literals("""
                // "Mục lục" in a comment
                String subject = "Dự thảo " + kind; /* "Nơi nhận" */ char c = 'đ';
                String t = \"""
                    Bảng\""";
                """), "the rule sees string, char and text block literals, not comments");
    }

    /** The string, char and text block literals of {@code source}, quotes included, outside comments. */
    private static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? source.length() : end + 3;
                out.add(source.substring(i, stop));
                i = stop;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                int start = i;
                char quote = source.charAt(i++);
                while (i < source.length() && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.add(source.substring(start, Math.min(i, source.length())));
            } else {
                i++;
            }
        }
        return out;
    }

    // The scan

    private static List<Source> sources(String pkg) throws IOException {
        Path dir = MAIN.resolve(pkg.replace('.', '/'));
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.add(new Source(f, pkg, references(Files.readString(f))));
            }
        }
        return out;
    }

    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b((?:java|javax|com|org|io|freemarker|picocli|plandoc)(?:\\.[a-z][a-z0-9_]*)*\\.(?:[A-Z]\\w*|\\*))");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;", Pattern.MULTILINE);

    /** Fully qualified class names (or wildcard imports) in code, outside comments and literals. */
    static Set<String> references(String source) {
        String code = PACKAGE.matcher(stripCommentsAndLiterals(source)).replaceAll("");
        Set<String> refs = new TreeSet<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    /** "plandoc.diagnostic.Suggestions" → "plandoc.load"; "plandoc.render.html.PlanPage" → "plandoc.render"; "plandoc.Generator" → "plandoc". */
    private static String packageOf(String ref) {
        String[] parts = ref.split("\\.");
        if (!parts[0].equals("plandoc")) {
            return ref;
        }
        return parts.length > 2 && Character.isLowerCase(parts[1].charAt(0)) ? "plandoc." + parts[1] : "plandoc";
    }

    static String stripCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != quote) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(quote).append(quote);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
