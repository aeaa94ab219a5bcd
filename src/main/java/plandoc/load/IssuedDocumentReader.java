package plandoc.load;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Amending;
import plandoc.model.Article;
import plandoc.model.DocumentKind;
import plandoc.model.Id;
import plandoc.model.IdKind;
import plandoc.model.IssuedDocument;
import plandoc.model.Recipient;
import plandoc.model.RecordField;
import plandoc.model.Secrecy;
import plandoc.model.Stamped;
import plandoc.model.Urgency;
import plandoc.model.Issuer;
import plandoc.model.Signature;
import plandoc.model.SignatureImage;
import plandoc.model.Text;

/**
 * Reads a plan's {@code document:} mapping (PLAN-FORMAT §1: the issuer, number and date, articles, signature,
 * recipients) into an {@link IssuedDocument}. Besides the keys {@link PlanShape} lists, it checks here, where
 * each value's position is known, what the e-document record needs of them: Decree 30 Phụ lục VI's field
 * lengths, the issuer's code, recipient lines that are places — and that a draft and a number exclude each other.
 */
final class IssuedDocumentReader {
    /** "Điều 2." at the start of an article's title: the number plandoc gives it, typed again. */
    private static final Pattern NUMBERED_ARTICLE =
            Pattern.compile("\\s*(?iu:điều)\\s+\\d+\\s*[.:]?");
    /** A place of a line that is all in brackets, "(để b/c)": a note, no place ("Sở A; (để b/c)" too). */
    private static final Pattern BRACKETED = Pattern.compile("(?:^|;)\\s*\\([^;]*\\)[\\s.,;]*(?=;|$)");
    /** A legal normative document's draft number: its year alone, the ordinal left for the e-office system ("/2026"). */
    private static final Pattern DRAFT_YEAR = Pattern.compile("\\s*/\\s*((?:19|20)\\d\\d)\\s*");
    /** A number with a year, issued ("02/2026") or a draft's ("/2026"), as read: the year goes into CodeNotation. */
    private static final Pattern YEAR_OF_NUMBER = Pattern.compile("\\d*/((?:19|20)\\d\\d)");
    /** An issued legal normative document's number, "02/2026": its ordinal and year. */
    private static final Pattern NORMATIVE_NUMBER = Pattern.compile("\\s*\\d+\\s*/\\s*((?:19|20)\\d\\d)\\s*");
    private final Nodes nodes;
    private final PlanReader.PlanFiles files;
    private final UnreadElements unread;
    /** The current document's (its recipient lines tell its archive check whether the Lưu line was among them). */
    private FrameForms forms;
    /** The current document's: letterhead and signature fields typed without Vietnamese marks. */
    private MissingDiacritics diacritics;
    /** The current document's: fields printed as typed that were typed in capitals. */
    private AllCapitals capitals;

    IssuedDocumentReader(Nodes nodes, PlanReader.PlanFiles files, UnreadElements unread) {
        this.nodes = nodes;
        this.files = files;
        this.unread = unread;
    }

    Optional<IssuedDocument> document(YamlNode node, SourcePosition documentAt) {
        forms = new FrameForms(nodes.problems());
        diacritics = new MissingDiacritics(nodes.problems());
        capitals = new AllCapitals(nodes.problems());
        Fields f = nodes.fields(node, "document", PlanShape.DOCUMENT.keyNames());
        Optional<DocumentKind> kind = f.required("type", n -> nodes.choice(n, DocumentKind.class, "type"));
        Optional<Issuer> issuer = header(f, "issuer", this::issuer);
        Optional<Boolean> draftRead = f.optional("draft", nodes::bool);
        // "draft:" written but not readable (its error said): it marks a draft all the same, no number to ask for.
        boolean draft = draftRead.orElse(f.given("draft").isPresent());
        Optional<String> number = number(f, draft);
        Optional<String> symbol = header(f, "symbol", n -> recordField(n, RecordField.CODE_NOTATION));
        symbol.ifPresent(sym -> forms.symbol(f.node("symbol").orElseThrow(), sym, kind, number));
        symbol.ifPresent(sym -> number.ifPresent(n -> codeNotation(f.node("symbol").orElseThrow(), n, sym)));
        Optional<String> place = header(f, "place", nodes::string);
        place.ifPresent(p -> {
            SourcePosition at = f.node("place").orElseThrow().at();
            if (!capitals.place(at, p)) {
                diacritics.place(at, p);
            }
        });
        var date = f.optional("date", nodes::date);
        // Missing: said with what to write (a bare "required key" left an officer guessing the form).
        if (f.given("date").isEmpty() && !f.suggested("date")) {
            nodes.problems().error(f.node("date").map(YamlNode::at).orElse(f.at()),
                    draft ? "document.date-missing-draft" : "document.date-missing");
        }
        Optional<Text> title = header(f, "title", nodes::text);
        Optional<String> captionTitle = f.optional("caption_title", nodes::string);
        List<Text> bases = f.list("bases", nodes::text);
        PhraseSplitAtCommas.check("bases", f.node("bases"), nodes.problems());
        Optional<Text> proposal = f.optional("proposal", nodes::text);
        Optional<String> enactingAuthority = f.optional("enacting_authority", nodes::string);
        List<Article> articles = f.list("articles", this::article);
        Optional<Signature> signature = header(f, "signature", this::signature);
        Optional<Secrecy> secrecy = f.optional("secrecy", n -> stamped(n, Secrecy.values(), "secrecy"));
        Optional<Urgency> urgency = f.optional("urgency", n -> stamped(n, Urgency.values(), "urgency"));
        List<Recipient> recipients = f.list("recipients", this::recipient);
        PhraseSplitAtCommas.check("recipients", f.node("recipients"), nodes.problems());
        // "archive: VT, KTTH", as the line prints, is the list [VT, KTTH]: one entry "VT, KTTH" read as not
        // starting with VT got the fix "[VT, VT, KTTH]" (s31 tryout M3).
        List<String> archive = f.list("archive", nodes::string).stream()
                .flatMap(e -> f.node("archive").filter(YamlNode.Scalar.class::isInstance).isPresent()
                        ? java.util.Arrays.stream(e.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                        : java.util.stream.Stream.of(e))
                .toList();
        // "recipients:" left empty reads as one empty line: no list printed, nothing to end with "- Lưu: VT".
        boolean listed = recipients.stream().anyMatch(r -> r.texts().stream().anyMatch(t -> !t.isEmpty()));
        // Lines typed under recipients: that were all refused (reported each) are a list, not a missing one.
        boolean typed = listed || f.node("recipients").filter(n -> n instanceof YamlNode.Sequence s && !s.items().isEmpty())
                .isPresent();
        forms.archive(documentAt, f.keyAt("recipients"), listed, typed, f.node("archive"), archive);
        if (!draft && node instanceof YamlNode.Mapping m) {
            m.entry("issuer").ifPresent(this::warnWithoutCode);
        }
        // At the name as typed: an abbreviation, or a unit of the wrong kind or gone by the document's date.
        issuer.ifPresent(i -> f.node("issuer").filter(YamlNode.Mapping.class::isInstance)
                .flatMap(n -> ((YamlNode.Mapping) n).entry("name"))
                .ifPresent(e -> new IssuerNames(nodes.problems()).check(i.name(), e.value().at(), date)));
        // A value typed but not readable (a date not on the calendar, a kind or "draft:" word misspelt) was reported at
        // it: the rest of the plan is still read and checked, so that one run shows every mistake (s20 tryout 17). The
        // date and the kind are then absent (the kind checked as the symbol's, IssuedDocument.checkedAs()), "draft:"
        // read as marking a draft (as for the number). Missing, the date and the kind are said so just the same (an
        // error each), and read so. So are the issuer, number, symbol, place, title and signer (s20 re-read): each
        // missing or unreadable one was reported and is absent, and the plan is checked without it — a document
        // without its whole header is never built (IssuedDocument.header()), and no check holds an absent field to a rule.
        return Optional.of(new IssuedDocument(kind, issuer, number, symbol, place, date, title, captionTitle, bases,
                proposal, articles, signature, recipients, archive, f.at(), draft,
                f.node("number").map(YamlNode::at).orElse(f.at()), f.node("date").map(YamlNode::at).orElse(f.at()),
                secrecy, urgency, new Amending(targets(f, "amends"), targets(f, "corrects")), enactingAuthority));
    }

    /** The plan folders named at {@code key}: one name, or a list of them. */
    private List<Amending.Target> targets(Fields f, String key) {
        return f.node(key).map(n -> nodes.list(n).stream().flatMap(item -> nodes.string(item).stream()
                .map(slug -> new Amending.Target(slug.strip(), item.at()))).toList()).orElse(List.of());
    }

    /**
     * A field of the document's header that must be there; missing, said with what to write and an example
     * ("document.issuer-missing"), as the number and the date are: a bare "required key" left an officer guessing.
     */
    private <T> Optional<T> header(Fields f, String key, java.util.function.Function<YamlNode, Optional<T>> read) {
        if (f.node(key).isEmpty() && !f.suggested(key)) {
            nodes.problems().error(f.at(), "document." + key + "-missing");
            return Optional.empty();
        }
        return f.required(key, read);
    }

    /**
     * A level by its word, as the stamp and the decree write it ("Thượng khẩn"): in any letter case ("KHẨN", as
     * printed) and with the older placing of the mark ("Hoả tốc"); anything else is an error listing the words.
     */
    private <E extends Enum<E> & Stamped> Optional<E> stamped(YamlNode node, E[] levels, String key) {
        return nodes.string(node).flatMap(value -> {
            for (E level : levels) {
                if (folded(level.label()).equals(folded(value))) {
                    return Optional.of(level);
                }
            }
            List<String> words = java.util.Arrays.stream(levels).map(Stamped::label).toList();
            Optional<String> meant = ChoiceHint.of(value, words);
            if (meant.isPresent()) {
                nodes.problems().error(node.at(), "value.one-of-suggest", value, key, meant.get(), String.join(", ", words));
            } else {
                nodes.problems().error(node.at(), "value.one-of", value, key, String.join(", ", words));
            }
            return Optional.empty();
        });
    }

    private static String folded(String word) {
        String lower = Normalizer.normalize(word, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT);
        return lower.replace("oả", "ỏa").replace("oá", "óa").replace("oà", "òa").replace("oã", "õa").replace("oạ", "ọa");
    }

    /**
     * A draft has no number yet (the e-office system gives it on issue), an issued document has one: a
     * plan with neither is told both ways out, one with both which line to delete — each is a document
     * either issued or not, and the two keys say which.
     */
    private Optional<String> number(Fields f, boolean draft) {
        // "4086/QĐ-UBND" is told to be digits only (validate): not also that it is longer than the record's field.
        Optional<String> typed = f.optional("number", n -> nodes.string(n)
                .map(v -> v.matches("\\d+") ? fits(n, v, RecordField.CODE_NUMBER) : v));
        if (draft) {
            // A legal normative document's draft keeps its year (printed "Số:      /2026/QĐ-UBND"): "/2026",
            // the number as far as it is known before the e-office system gives the ordinal.
            Optional<String> year = typed.map(n -> DRAFT_YEAR.matcher(n)).filter(Matcher::matches).map(m -> "/" + m.group(1));
            if (year.isPresent()) {
                return year;
            }
            typed.ifPresent(n -> {
                Matcher normative = NORMATIVE_NUMBER.matcher(n);
                int line = f.keyAt("draft").map(SourcePosition::line).orElse(0);
                if (normative.matches()) {
                    nodes.problems().error(f.node("number").get().at(), "document.draft-with-number-year", n, line,
                            normative.group(1));
                } else {
                    nodes.problems().error(f.node("number").get().at(), "document.draft-with-number", n, line);
                }
            });
            return Optional.of("");
        }
        // A number of the wrong kind (a list) was reported as such: it is not missing. One typed blank (number: "")
        // is, as "number:" alone is: it would print "Số: /QĐ-UBND".
        boolean blank = typed.filter(String::isEmpty).isPresent();
        if ((f.given("number").isEmpty() || blank) && !f.suggested("number")) {
            nodes.problems().error(f.node("number").map(YamlNode::at).orElse(f.at()), "document.number-missing");
        }
        return typed.filter(n -> !n.isEmpty());
    }

    /**
     * A legal normative document's record holds its year with the symbol (CodeNotation "2026/QĐ-UBND", so that
     * CodeNumber "/" CodeNotation is the printed Số): a symbol that fits the field alone may not with the year.
     * At the symbol, the part that can be shortened; a draft's too (it is issued as written).
     */
    private void codeNotation(YamlNode symbolNode, String number, String symbol) {
        Matcher year = YEAR_OF_NUMBER.matcher(number);
        if (!year.matches() || !RecordField.CODE_NOTATION.fits(symbol)) {
            return; // no year, or the symbol alone is too long (said where it was read)
        }
        String notation = year.group(1) + "/" + symbol;
        if (!RecordField.CODE_NOTATION.fits(notation)) {
            int max = RecordField.CODE_NOTATION.max();
            nodes.problems().error(symbolNode.at(), "edoc.code-notation-year", notation,
                    RecordField.length(notation), max, max - RecordField.length(year.group(1) + "/"));
        }
    }

    /**
     * An issued document's record names its issuer by code (OrganId, Decree 30 Phụ lục VI); without
     * {@code code:} the record is written without it. A draft has no record until it is issued.
     */
    private void warnWithoutCode(YamlNode.Entry issuer) {
        if (issuer.value() instanceof YamlNode.Mapping m && m.entry("code").map(e -> e.value() instanceof YamlNode.Scalar v
                && (v.type() == YamlNode.ScalarType.NULL || v.text().isBlank())).orElse(true)) {
            // At "code:" when it is there but empty (the starter's), else at "issuer:".
            // The starter's "code:" is there, empty: the fix is to fill it, not to add the line.
            m.entry("code").ifPresentOrElse(e -> nodes.problems().warning(e.keyAt(), "issuer.code-empty"),
                    () -> nodes.problems().warning(issuer.keyAt(), "issuer.code-missing"));
        }
    }

    private Optional<Issuer> issuer(YamlNode node) {
        Fields f = nodes.fields(node, "issuer", PlanShape.ISSUER.keyNames());
        Optional<String> name = f.required("name", n -> recordField(n, RecordField.ORGAN_NAME));
        Optional<String> shortName = f.optional("short", nodes::string);
        Optional<String> parent = f.optional("parent", nodes::string);
        name.ifPresent(n -> {
            SourcePosition at = f.node("name").orElseThrow().at();
            if (!capitals.issuerName(at, n, diacritics.knownIssuer(n))) {
                diacritics.issuerName(at, "name", n);
            }
        });
        parent.ifPresent(p -> diacritics.issuerName(f.node("parent").orElseThrow().at(), "parent", p));
        // "code:" left empty (the starter's, until the officer fills it) is no code.
        Optional<String> code = f.optional("code", n -> nodes.string(n).filter(c -> !c.isEmpty()).filter(c -> {
            if (!IssuerCode.hasLength(c)) {
                nodes.problems().error(n.at(), "issuer.code", c, c.length());
                return false;
            }
            return IssuerCode.slip(c).map(slip -> {
                Object[] args = {c, slip.position(), String.valueOf(slip.found()), "@" + slip.expected(),
                        slip.lookAlike().map(k -> "@" + k).orElse("")};
                if (slip.sure()) {
                    nodes.problems().error(n.at(), "issuer.code-shape", args);
                } else {
                    nodes.problems().warning(n.at(), "issuer.code-unusual", args);
                }
                return !slip.sure();
            }).orElse(true);
        }));
        // seal: file.png with seal_size:, or contract v2's seal: {file: …, size_mm: …}; the size written once.
        Optional<YamlNode> sealMap = f.given("seal").filter(YamlNode.Mapping.class::isInstance);
        Optional<SignatureImage> seal;
        Optional<Integer> sizeMm = Optional.empty();
        if (sealMap.isPresent()) {
            Fields s = nodes.fields(sealMap.get(), "seal", PlanShape.SEAL.keyNames());
            seal = s.required("file", n -> signatureImage(n, SignatureImages.Kind.SEAL));
            sizeMm = s.optional("size_mm", n -> nodes.integer(n, 10, 80));
            if (s.given("size_mm").isPresent()) {
                f.keyAt("seal_size").ifPresent(at -> nodes.problems().error(at, "issuer.seal-size-twice"));
            }
        } else {
            seal = f.optional("seal", n -> signatureImage(n, SignatureImages.Kind.SEAL));
        }
        int sealSize = sizeMm.or(() -> f.optional("seal_size", n -> nodes.integer(n, 10, 80))).orElse(Issuer.DEFAULT_SEAL_MM);
        return name.map(n -> new Issuer(n, shortName.orElse(n), parent, code, seal, sealSize));
    }

    /**
     * A line of Nơi nhận: text (one place, or places separated by ";"), or {@code {to: …, note: …}}
     * when the line holds places printed with ", " or words that are not a place.
     */
    private Optional<Recipient> recipient(YamlNode node) {
        if (node instanceof YamlNode.Mapping m && forms.archiveLine(m)) {
            return Optional.empty();
        }
        if (!(node instanceof YamlNode.Mapping)) {
            checkPlaces(node);
            return nodes.text(node).map(Recipient::of);
        }
        Fields f = nodes.fields(node, "recipient", PlanShape.RECIPIENT.keyNames());
        f.node("to").ifPresent(to -> {
            if (to instanceof YamlNode.Sequence s) {
                s.items().forEach(this::checkPlaces);
            } else {
                checkPlaces(to);
            }
        });
        // "note:" left empty reads as empty text: nothing written.
        List<Text> to = f.list("to", nodes::text).stream().filter(t -> !t.isEmpty()).toList();
        PhraseSplitAtCommas.check("to", f.node("to"), nodes.problems());
        Optional<Text> note = f.optional("note", nodes::text).filter(t -> !t.isEmpty());
        if (to.isEmpty() && note.isEmpty()) {
            if (!f.suggested("to") && !f.suggested("note")) { // "too:" was told as "to" misspelt
                nodes.problems().error(node.at(), "recipient.empty");
            }
            return Optional.empty();
        }
        return Optional.of(new Recipient(to, note, node.at()));
    }

    /**
     * What an officer types from the printed list: its dash (plandoc prints "- " itself), the archive line
     * (that is {@code archive:}, printed last), an empty place between ";", a note in brackets typed as a
     * place ("(để báo cáo)", the remark of a recipient line or a line of its own). Each would be printed
     * as typed, as a recipient, and become a place of the e-document record.
     */
    private void checkPlaces(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar v)) {
            return;
        }
        String line = v.text().strip();
        if (line.startsWith("-") || line.startsWith("–") || line.startsWith("+") || line.startsWith("•")) {
            nodes.problems().error(node.at(), "recipient.dash", line);
        } else if (Normalizer.normalize(line, Normalizer.Form.NFC).matches("(?iu)lưu\\s*:.*")) {
            forms.archiveText(node.at(), line);
        } else if (line.replaceAll("\\s", "").matches(".*;;.*|^;.*")) {
            nodes.problems().error(node.at(), "recipient.empty-place", line);
        } else if (BRACKETED.matcher(line).find()) {
            nodes.problems().error(node.at(), "recipient.note-as-place", line);
        }
    }

    /**
     * A value the e-document record carries in a field of limited length (Decree 30 Phụ lục VI): a
     * longer one is an error at the value, which is still read so the other checks go on.
     */
    private Optional<String> recordField(YamlNode node, RecordField field) {
        return nodes.string(node).map(v -> fits(node, v, field));
    }

    /** The value, reported when it is longer than the e-document record's field allows. */
    private String fits(YamlNode node, String value, RecordField field) {
        if (!field.fits(value)) {
            nodes.problems().error(node.at(), field.messageKey(), RecordField.length(value), field.max());
        }
        return value;
    }

    private Optional<Article> article(YamlNode node) {
        Fields f = nodes.fields(node, "article", PlanShape.ARTICLE.keyNames());
        Optional<Id> id = f.required("id", nodes::id);
        Optional<Text> title = f.optional("title", nodes::text);
        // plandoc numbers the articles: a title typed with its number would print "Điều 2. Điều 2. …".
        f.node("title").filter(n -> n instanceof YamlNode.Scalar v && NUMBERED_ARTICLE.matcher(
                Normalizer.normalize(v.text(), Normalizer.Form.NFC)).lookingAt())
                .ifPresent(n -> nodes.problems().error(n.at(), "article.title-numbered", ((YamlNode.Scalar) n).text().strip()));
        Optional<Text> text = f.required("text", nodes::text);
        Optional<String> include = f.optional("include", nodes::string);
        include.filter(i -> !i.equals("plan")).ifPresent(i ->
                nodes.problems().error(f.node("include").get().at(), "value.one-of", i, "include", "plan"));
        if (id.isEmpty() || text.isEmpty()) {
            return unread.leftOut(id, IdKind.ARTICLE);
        }
        return Optional.of(new Article(id.get(), title, text.get(), include.filter("plan"::equals).isPresent(), f.at()));
    }

    private Optional<Signature> signature(YamlNode node) {
        Fields f = nodes.fields(node, "signature", PlanShape.SIGNATURE.keyNames());
        List<String> authority = new ArrayList<>();
        List<SourcePosition> authorityAt = new ArrayList<>(); // where each line was typed, for its Decree 30 check
        // One string (not a list) is read as one line; said when it holds more (FrameForms).
        boolean alone = f.node("authority").filter(YamlNode.Scalar.class::isInstance).isPresent();
        for (YamlNode line : f.node("authority").map(nodes::list).orElse(List.of())) {
            nodes.string(line).ifPresent(text -> {
                authority.add(text);
                authorityAt.add(line.at());
                forms.authority(line, text, alone);
            });
        }
        if (!authority.isEmpty() && !RecordField.COMPETENCE.fits(String.join(", ", authority))) {
            nodes.problems().error(authorityAt.get(0), RecordField.COMPETENCE.messageKey(),
                    RecordField.length(String.join(", ", authority)), RecordField.COMPETENCE.max());
        }
        Optional<String> title = f.required("title", n -> recordField(n, RecordField.POSITION));
        Optional<String> name = f.required("name", n -> recordField(n, RecordField.FULL_NAME));
        name.filter(Placeholders::isPlaceholder).ifPresent(n ->
                nodes.problems().warning(f.node("name").get().at(), "signature.placeholder", n));
        name.ifPresent(n -> forms.signerName(f.node("name").get(), n));
        name.ifPresent(n -> {
            if (!capitals.signerName(f.node("name").get().at(), n) && !Placeholders.isPlaceholder(n)) {
                diacritics.signerName(f.node("name").get().at(), n);
            }
        });
        for (int i = 0; i < authority.size(); i++) {
            diacritics.authority(authorityAt.get(i), authority.get(i));
        }
        title.ifPresent(t -> {
            SourcePosition titleAt = f.node("title").orElseThrow().at();
            diacritics.title(titleAt, t);
            new DeputySigning(nodes.problems()).check(authority, authorityAt, t, titleAt);
        });
        Optional<SignatureImage> image = f.optional("image", n -> signatureImage(n, SignatureImages.Kind.SIGNATURE));
        if (title.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Signature(authority, title.get(), name.get(), image, authorityAt,
                f.node("name").map(YamlNode::at)));
    }

    private Optional<SignatureImage> signatureImage(YamlNode node, SignatureImages.Kind kind) {
        return nodes.string(node).flatMap(name -> files.image(name, node.at())
                .flatMap(file -> SignatureImages.check(file, kind, name, node.at(), nodes.problems())));
    }
}
