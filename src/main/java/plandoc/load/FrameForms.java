package plandoc.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.DocumentKind;

/**
 * Values of the document frame that Decree 30 writes in a set form, checked where they are typed (format-standard
 * §8, §13 F6, S2, N2): the ký hiệu (type abbreviation "-" issuer abbreviation), the signer's name without academic
 * titles, and the Nơi nhận list ending "- Lưu: VT, …". Each was printed as typed with no word from {@code check}.
 */
final class FrameForms {
    /** A ký hiệu part: the type's abbreviation is letters ("QĐ", "CTr"), the issuer's may hold digits ("BCĐ389"). */
    private static final Pattern TYPE_PART = Pattern.compile("[A-Za-zĐđ]+");
    private static final Pattern ISSUER_PART = Pattern.compile("[A-Za-zĐđ0-9]+");
    /** Học hàm, học vị before the name: "TS.", "ThS.", "Th.S", "PGS.TS.", "GS.TSKH" … in any case, with a dot or a space. */
    private static final Pattern ACADEMIC_TITLE =
            Pattern.compile("(?iu)\\s*(?:(?:pgs|gs|tskh|ts|th\\.?s|ks|bs|cn)(?:\\.\\s*|\\s+))+(?=\\S)");
    /** The mark of a signed copy typed into the signature: "(đã ký)", "Đã ký", "(da ky)", any case. */
    private static final Pattern SIGNED_MARK = Pattern.compile("(?iu)[\\s,;.–-]*\\(?\\s*đã\\s+ký\\s*\\)?[\\s,;.:–-]*|"
            + "[\\s,;.–-]*\\(\\s*da\\s+ky\\s*\\)[\\s,;.:–-]*");
    /**
     * A second line of the signature block's authority inside one ("TM. Ủy ban nhân dân, KT. Chủ tịch"): one of
     * Decree 30's prefixes after a comma, a semicolon or a space ("Q." only after a comma or semicolon: "Q. 1", a
     * district, may follow a name).
     */
    private static final Pattern NEXT_AUTHORITY = Pattern.compile("\\s*[,;]\\s*(?=(?:TM|KT|TL|TUQ|Q)\\.\\s)|\\s+(?=(?:TM|KT|TL|TUQ)\\.\\s)");
    /** An authority line's prefix (DocumentRules.AUTHORITY_PREFIXES), then its first letter when lower case. */
    private static final Pattern PREFIXED = Pattern.compile("(?:TM|KT|TL|TUQ|Q)\\.\\s");
    private static final Pattern FIRST_LOWER = Pattern.compile("^((?:TM|KT|TL|TUQ|Q)\\.\\s+)?(\\p{Ll})");
    /** A ký hiệu typed after a normative document's year: "2026/QĐ-UBND". */
    private static final Pattern YEAR_FIRST = Pattern.compile("((?:19|20)\\d\\d)\\s*/.*");
    /** The key or the words an officer copies from the printed list's last line, "Lưu: VT, TH.". */
    private static final Pattern ARCHIVE_WORD = Pattern.compile("(?iu)lưu");
    /** The abbreviations of document types in a ký hiệu (Decree 30 Phụ lục III), to name the one typed. */
    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(Map.entry("NQ", "Nghị quyết"),
            Map.entry("QĐ", "Quyết định"), Map.entry("CT", "Chỉ thị"), Map.entry("QC", "Quy chế"),
            Map.entry("QyĐ", "Quy định"), Map.entry("TB", "Thông báo"), Map.entry("HD", "Hướng dẫn"),
            Map.entry("CTr", "Chương trình"), Map.entry("KH", "Kế hoạch"), Map.entry("PA", "Phương án"),
            Map.entry("ĐA", "Đề án"), Map.entry("DA", "Dự án"), Map.entry("BC", "Báo cáo"), Map.entry("BB", "Biên bản"),
            Map.entry("TTr", "Tờ trình"), Map.entry("CĐ", "Công điện"), Map.entry("GM", "Giấy mời"),
            Map.entry("QH", "Quy hoạch"));

    private final Problems problems;
    /** Whether a recipient line was the Lưu line: its error says where the archive goes, no second word on it. */
    private boolean archiveInRecipients;

    FrameForms(Problems problems) {
        this.problems = problems;
    }

    /**
     * "KH-UBND": the type's abbreviation, "-", the issuer's. A "/" or a space is an error — plandoc prints the
     * "/" between number and ký hiệu, and the file name, the record's CodeNotation and the printed line would
     * disagree — another shape a warning (registers vary); a type part that is not this type's, a warning.
     */
    void symbol(YamlNode node, String symbol, Optional<DocumentKind> kind, Optional<String> number) {
        String abbreviation = kind.map(DocumentKind::abbreviation).orElse("");
        String fixed = fixedSymbol(symbol, abbreviation);
        Matcher year = YEAR_FIRST.matcher(symbol.strip());
        if (year.matches() && !fixed.isEmpty()) {
            // "2026/QĐ-UBND": a normative document's number copied with its year into the symbol.
            String ordinal = number.filter(n -> n.matches("\\d+")).orElse("…");
            problems.error(node.at(), "document.symbol-year", symbol, year.group(1), fixed, ordinal + "/" + year.group(1));
            return;
        }
        if (symbol.contains("/")) {
            problems.error(node.at(), "document.symbol-slash", symbol, fixed);
            return;
        }
        if (symbol.strip().chars().anyMatch(Character::isWhitespace)) {
            problems.error(node.at(), "document.symbol-spaces", symbol, fixed);
            return;
        }
        String[] parts = symbol.strip().split("-", -1);
        boolean shaped = parts.length >= 2 && TYPE_PART.matcher(parts[0]).matches()
                && Arrays.stream(parts).skip(1).allMatch(p -> ISSUER_PART.matcher(p).matches());
        if (!shaped) {
            problems.warning(node.at(), "document.symbol-shape", symbol, fixed);
            return;
        }
        if (!abbreviation.isEmpty() && !parts[0].equals(abbreviation)) {
            String named = Optional.ofNullable(TYPE_NAMES.get(parts[0])).map(n -> " (" + n + ")").orElse("");
            DocumentKind k = kind.orElseThrow();
            problems.warning(node.at(), "document.symbol-type", symbol, parts[0], named, k.displayName(), k.id(),
                    abbreviation, abbreviation + symbol.strip().substring(parts[0].length()));
        }
    }

    /**
     * The ký hiệu as it should likely be typed: parts joined by "-", other signs left out, the type's part first. A
     * leading year ("2026/QĐ-UBND", a normative decision's number copied whole) is not part of it: plandoc's number
     * is digits alone.
     */
    private static String fixedSymbol(String symbol, String abbreviation) {
        String joined = symbol.strip().replaceAll("[\\s/\\-‐‑‒–—]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "")
                .replaceAll("^[-0-9]+|-+$", "");
        if (abbreviation.isEmpty() || joined.contains("-")) {
            return joined;
        }
        return joined.startsWith(abbreviation) && joined.length() > abbreviation.length()
                ? abbreviation + "-" + joined.substring(abbreviation.length()) : abbreviation + "-" + joined;
    }

    /**
     * Decree 30 (Phụ lục I II.7) prints the signer's full name alone: no học hàm, học vị before it, and no "(đã ký)"
     * after it — the mark a typed copy of a signed paper carries; here the signature is the generator's (the image,
     * {@code plandoc sign}), and the words would print under the signature and go into the record's FullName.
     */
    void signerName(YamlNode node, String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        Matcher m = ACADEMIC_TITLE.matcher(nfc);
        if (m.lookingAt()) {
            problems.warning(node.at(), "signature.academic-title", nfc.strip(), nfc.substring(0, m.end()).strip(),
                    nfc.substring(m.end()).strip());
            return;
        }
        Matcher signed = SIGNED_MARK.matcher(nfc);
        if (signed.find()) {
            String mark = signed.group().strip().replaceAll("^[,;.–-]+|[,;.–-]+$", "").strip();
            String rest = SIGNED_MARK.matcher(nfc).replaceAll(" ").strip();
            problems.warning(node.at(), rest.isEmpty() ? "signature.signed-mark-only" : "signature.signed-mark", nfc.strip(),
                    mark, rest);
        }
    }

    /**
     * A line of {@code authority:} is one printed line of the signature block: a string holding two of them
     * ({@code authority: TM. Ủy ban nhân dân, KT. Chủ tịch}, the list's brackets left out) prints them on one line,
     * and one written in lower case ("TM. ủy ban nhân dân") goes so into the record's SignerCompetence (Decree 30
     * Phụ lục II: an agency's name and a position begin with a capital). At the line, with the list to write.
     */
    void authority(YamlNode line, String text, boolean alone) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        List<String> lines = printedLines(nfc);
        if (lines.size() > 1) {
            problems.warning(line.at(), alone ? "signature.authority-one-string" : "signature.authority-two-lines", nfc,
                    lines.size(), "[" + String.join(", ", lines.stream().map(FrameForms::capitalised).toList()) + "]");
            return;
        }
        // Without its prefix the line is an error already (DocumentRules), with its own fix.
        String fixed = capitalised(nfc);
        if (PREFIXED.matcher(nfc).lookingAt() && !fixed.equals(nfc)) {
            problems.warning(line.at(), "signature.authority-lower-case", nfc, fixed);
        }
    }

    /** The lines of the signature block an entry of {@code authority:} holds: one, unless two were typed as one. */
    static List<String> printedLines(String entry) {
        String nfc = Normalizer.normalize(entry, Normalizer.Form.NFC).strip();
        return Arrays.stream(NEXT_AUTHORITY.split(nfc)).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** "TM. ủy ban nhân dân" → "TM. Ủy ban nhân dân": the first letter after the prefix a capital. */
    private static String capitalised(String line) {
        Matcher m = FIRST_LOWER.matcher(line);
        if (!m.find()) {
            return line;
        }
        return (m.group(1) == null ? "" : m.group(1)) + m.group(2).toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + line.substring(m.end());
    }

    /**
     * A recipient line that is the archive line: "- Lưu: VT" reads in YAML as a mapping with the key "Lưu".
     * One error with where it goes, instead of an unknown key and an empty line.
     */
    boolean archiveLine(YamlNode.Mapping line) {
        if (line.entries().size() != 1 || !ARCHIVE_WORD.matcher(
                Normalizer.normalize(line.entries().get(0).key().strip(), Normalizer.Form.NFC)).matches()) {
            return false;
        }
        YamlNode value = line.entries().get(0).value();
        List<String> entries = new ArrayList<>();
        String typed = "";
        if (value instanceof YamlNode.Scalar s) {
            entries.addAll(archiveEntries(s.text()));
            typed = s.text().strip();
        } else if (value instanceof YamlNode.Sequence seq) {
            seq.items().forEach(i -> {
                if (i instanceof YamlNode.Scalar s) {
                    entries.addAll(archiveEntries(s.text()));
                }
            });
            typed = "[" + String.join(", ", entries) + "]";
        }
        archiveTyped(line.at(), (line.entries().get(0).key().strip() + ": " + typed).strip(), entries);
        return true;
    }

    /** The same line written as text, "Lưu: VT, TH" (quoted, or after a dash). */
    void archiveText(SourcePosition at, String line) {
        archiveTyped(at, line, archiveEntries(line.substring(line.indexOf(':') + 1)));
    }

    private void archiveTyped(SourcePosition at, String line, List<String> entries) {
        String list = entries.isEmpty() ? "VT" : String.join(", ", entries);
        problems.error(at, "recipient.archive", line, list);
        archiveInRecipients = true;
    }

    private static List<String> archiveEntries(String text) {
        return Arrays.stream(text.split(",")).map(e -> e.strip().replaceAll("[.;]+$", "").strip())
                .filter(e -> !e.isEmpty()).toList();
    }

    /**
     * Nơi nhận ends "- Lưu: VT, <drafting unit>." (Phụ lục I II.9.b): a list printed without it — no
     * {@code archive:}, or an empty one — is a warning at {@code recipients:}; a Lưu line without VT first (the
     * văn thư keeps the original), a warning at {@code archive:}; no Nơi nhận at all (neither key), a warning at
     * {@code document:}.
     */
    void archive(SourcePosition documentAt, Optional<SourcePosition> recipientsAt, boolean recipients,
                 boolean linesTyped, Optional<YamlNode> archiveNode, List<String> archive) {
        if (archive.isEmpty()) {
            if (recipients && !archiveInRecipients) {
                problems.warning(recipientsAt.orElseThrow(), "document.archive-missing");
            } else if (!linesTyped && !archiveInRecipients) {
                // No Nơi nhận block at all (Decree 30 Điều 8: a component of every document): at "document:",
                // where the lines go, unless recipients: is there but empty (then at it).
                problems.warning(recipientsAt.orElse(documentAt), "document.recipients-missing");
            }
            return;
        }
        // "archive:" then "-VT" on the line below (no blank after the dash): YAML reads the words "-VT", not a list.
        List<String> undashed = archive.stream().map(e -> DASH.matcher(e.strip()).replaceFirst("")).toList();
        Optional<String> dashed = archive.stream().map(String::strip).filter(e -> DASH.matcher(e).lookingAt()).findFirst();
        List<String> fixed = new ArrayList<>(List.of("VT"));
        undashed.stream().filter(e -> !e.isEmpty() && !e.equalsIgnoreCase("VT")).forEach(fixed::add);
        if (dashed.isPresent()) {
            problems.error(entryAt(archiveNode.orElseThrow(), dashed.get()), "document.archive-dash", dashed.get(),
                    String.join(", ", fixed));
        } else if (!archive.get(0).strip().equals("VT")) {
            problems.warning(archiveNode.map(YamlNode::at).orElseThrow(), "document.archive-vt",
                    String.join(", ", archive), String.join(", ", fixed));
        }
    }

    /** A dash typed before an archive entry ("-VT", "- VT" inside [ ]): the list's mark, not the unit's name. */
    private static final Pattern DASH = Pattern.compile("^[-–•+]\\s*");

    /** Where the entry {@code text} of the archive list is written (the list itself when it is one scalar). */
    private static SourcePosition entryAt(YamlNode archive, String text) {
        if (archive instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar s && s.text().strip().equals(text)) {
                    return s.at();
                }
            }
        }
        return archive.at();
    }
}
