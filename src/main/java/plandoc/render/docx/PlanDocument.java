package plandoc.render.docx;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import plandoc.compute.Motto;
import plandoc.render.DocumentMetadata;
import plandoc.render.TitlePhrases;
import plandoc.render.html.IssuerName;
import plandoc.render.office.StableZip;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ArticleView;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.Block;
import plandoc.resolved.HeaderView;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.InlineText;
import plandoc.resolved.NoteBlock;
import plandoc.resolved.NoteRole;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RuleWidth;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TextBlock;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole document as an editable Word file for review with tracked changes (the legal department
 * marks up the draft): the Decree-30 page, the two-column header block, title and trích yếu, căn cứ,
 * articles, the plan body and its tables, the signature block beside Nơi nhận, and each appendix on
 * its own pages. Numbers of articles, sections and list items are text, so Word cannot renumber them.
 * Built from the same resolved document as the page and the PDF.
 */
public final class PlanDocument {
    private static final int HEADER_LEFT = Pages.mm(70);
    /** Section numbering styles written as Heading 1, 2, …: Phần, I., 1., 1.1., a). */
    private static final List<String> HEADING_LEVELS = List.of("part", "roman", "arabic", "decimal", "letter");

    /** Loads the Word schema's types (XMLBeans' type system, once per process) ahead of the first {@link #write}. */
    public static void prepare() {
        CTDocument1.type.getName();
    }

    private final Optional<Instant> sourceDateEpoch;
    private final Optional<java.net.URI> siteUrl;
    private final SvgFonts svgFonts;

    /** Without {@code SOURCE_DATE_EPOCH}: an undated draft has no creation date. */
    public PlanDocument() {
        this(Optional.empty());
    }

    /** {@code sourceDateEpoch}: an undated draft's creation date, as its PDF's ({@link DocumentMetadata}). */
    public PlanDocument(Optional<Instant> sourceDateEpoch) {
        this(sourceDateEpoch, List::of);
    }

    /**
     * As {@link #PlanDocument(Optional)}, an SVG picture's text in {@code faces}: the PDF's four files, regular, bold,
     * italic, bold italic (pdf.PdfFonts#faceFiles), asked for at the first SVG only; none, the machine's fonts.
     */
    public PlanDocument(Optional<Instant> sourceDateEpoch, java.util.function.Supplier<List<byte[]>> faces) {
        this(sourceDateEpoch, faces, Optional.empty());
    }

    /** As above, with the site's address ({@code siteUrl}): what a citation of another of its documents links. */
    public PlanDocument(Optional<Instant> sourceDateEpoch, java.util.function.Supplier<List<byte[]>> faces,
                        Optional<java.net.URI> siteUrl) {
        this.sourceDateEpoch = sourceDateEpoch;
        this.svgFonts = new SvgFonts(faces);
        this.siteUrl = siteUrl;
    }

    public byte[] write(ResolvedPlan plan) throws IOException {
        // Never closed: closing a package POI made in memory only saves it a second time, into a buffer of
        // POI's own that nobody reads (OPCPackage.close), ~10 ms of a cold build (issue 17); it holds no file.
        XWPFDocument document = new XWPFDocument();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentDefaults.apply(document);
            WordSettings.apply(document);
            new Writer(document, plan, svgFonts, siteUrl).write();
            describe(document, DocumentMetadata.of(plan.info(), sourceDateEpoch));
            try (var zip = StableZip.of(out, plan.info().date())) {
                document.write(zip);
            }
            return out.toByteArray();
        }
    }

    /**
     * The file's properties as the PDF's metadata has them (title, number and symbol, issuer, language,
     * creation date), so a copy passed around keeps its identification; the issuer is the author and the
     * company, plandoc and its release the application.
     */
    private static void describe(XWPFDocument document, DocumentMetadata about) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(about.title());
        core.setSubjectProperty(about.subject());
        core.setKeywords(about.keywords());
        core.setDescription(about.subject());
        core.setCreator(about.author());
        core.getUnderlyingProperties().setLanguageProperty(DocumentDefaults.LANGUAGE);
        core.setCreated(about.created().map(Date::from));
        var extended = document.getProperties().getExtendedProperties();
        extended.setApplication(DocumentMetadata.APPLICATION);
        extended.setCompany(about.author());
    }

    /** Writing one plan. */
    private static final class Writer implements MarkdownParagraphs.Body {
        private final XWPFDocument document;
        private final ResolvedPlan plan;
        private final Pages pages;
        private final MarkdownParagraphs markdown;
        private final IssuerName issuer;
        private final IssuerName parentIssuer;
        private final SvgFonts svgFonts;

        Writer(XWPFDocument document, ResolvedPlan plan, SvgFonts svgFonts, Optional<java.net.URI> siteUrl) {
            this.document = document;
            this.svgFonts = svgFonts;
            this.plan = plan;
            this.pages = new Pages(document);
            this.markdown = new MarkdownParagraphs(this, siteUrl);
            this.issuer = new IssuerName(plan.header().issuerLines(), plan.header().issuer());
            this.parentIssuer = new IssuerName(plan.header().parentIssuerLines(), plan.header().parentIssuer());
        }

        @Override
        public XWPFParagraph paragraph() {
            return document.createParagraph();
        }

        @Override
        public XWPFTable table() {
            return document.createTable();
        }

        @Override
        public Pages pages() {
            return pages;
        }

        void write() {
            HeaderView header = plan.header();
            header.draftLabel().ifPresent(mark -> DraftMark.add(document, mark));
            headerBlock(header, true);
            titleBlock(header.kindHeading(), header.title(), Optional.empty(), header.titleRuleWidth());
            if (!plan.articles().isEmpty()) {
                XWPFParagraph authority = paragraph();
                Runs.style(authority, Styles.CENTRED);
                authority.setSpacingBefore(240);
                Runs.keepNext(authority);
                Runs.run(authority, header.enactingAuthority(), Runs.BODY, true, false);
            }
            for (String basis : plan.bases()) {
                italicBody(basis);
            }
            plan.proposalLine().ifPresent(this::italicBody);
            if (plan.enactingLine().isPresent()) {
                XWPFParagraph enacting = paragraph();
                Runs.style(enacting, Styles.CENTRED);
                enacting.setSpacingBefore(Runs.AFTER);
                // Never alone at the foot of a page (424's "QUYẾT ĐỊNH:" was; the PDF takes it over with Điều 1).
                Runs.keepNext(enacting);
                Runs.run(enacting, plan.enactingLine().get(), Runs.BODY, true, false);
            }
            for (ArticleView article : plan.articles()) {
                if (article.title().isEmpty()) {
                    markdown.write(article.text().source(), new MarkdownParagraphs.Lead(article.label(), true, false,
                            Styles.ARTICLE_RUN_IN));
                } else {
                    // F14: "Điều 2. Tổ chức thực hiện" bold on its own line, kept with the text below it.
                    XWPFParagraph heading = paragraph();
                    Runs.style(heading, Styles.ARTICLE);
                    Runs.run(heading, article.heading(), Runs.BODY, true, false);
                    markdown.write(article.text().source(), MarkdownParagraphs.Lead.NONE);
                }
                if (article.includesPlan() && !plan.body().attached()) {
                    planBody(plan.body());
                }
            }
            if (plan.articles().isEmpty()) {
                planBody(plan.body());
            }
            signature();
            AttachedPlanView body = plan.body();
            if (body.attached()) {
                pages.newPart(false);
                headerBlock(header, false);
                titleBlock(body.kindHeading(), body.title().plain(), body.captionLine(),
                        body.titleRuleWidth().orElseThrow());
                planBody(body);
            }
            for (AppendixView appendix : plan.appendices()) {
                pages.newPart(appendix.landscape());
                appendix(appendix);
            }
            pages.finish();
        }

        private void italicBody(String text) {
            XWPFParagraph p = paragraph();
            Runs.run(p, text, Runs.BODY, false, true);
        }

        /** Decree 30 §4: issuer left, national name and motto right, "Số" and place-date under them. */
        private void headerBlock(HeaderView header, boolean withNumber) {
            XWPFTable table = table();
            int right = Pages.PORTRAIT_TEXT - HEADER_LEFT;
            Tables.grid(table, new int[] {HEADER_LEFT, right});
            borderless(table);
            XWPFTableRow top = Tables.appendRow(table);
            XWPFTableCell left = top.createCell();
            for (String line : parentIssuer.lines()) {
                Runs.run(centredIn(left, Styles.LETTERHEAD), line, 12, false, false);
            }
            for (String line : issuer.lines()) {
                Runs.run(centredIn(left, Styles.LETTERHEAD), line, 12, true, false);
            }
            // Centred in the cell's text width: Tables.grid pads each side 1 mm, and the rule came out 2 mm short.
            Runs.rule(next(left), HEADER_LEFT - 2 * Pages.mm(1), Pages.mm(header.issuerRuleWidth().mm()), 3);
            XWPFTableCell motto = top.createCell();
            Runs.run(centredIn(motto, Styles.LETTERHEAD), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
            Runs.run(centredIn(motto, Styles.LETTERHEAD), Motto.TEXT, Motto.SIZE_PT, true, false);
            // As wide as the motto, as the PDF rules it; centred in the cell's text width, as the issuer's.
            Runs.rule(next(motto), right - 2 * Pages.mm(1), Pages.mm(Motto.RULE_MM), 1.5);
            if (withNumber) {
                XWPFTableRow second = Tables.appendRow(table);
                XWPFTableCell numberCell = second.createCell();
                XWPFParagraph number = centredIn(numberCell, Styles.LETTERHEAD);
                number.setSpacingBefore(140);
                Runs.run(number, header.numberLine(), 13, false, false);
                for (var stamp : header.stamps()) {
                    boolean later = stamp != header.stamps().get(0);
                    if (later) {
                        Stamps.gap(centredIn(numberCell, Styles.LETTERHEAD));
                    }
                    Stamps.add(centredIn(numberCell, Styles.LETTERHEAD), stamp, HEADER_LEFT, later);
                }
                XWPFParagraph placeDate = centredIn(second.createCell(), Styles.LETTERHEAD);
                placeDate.setSpacingBefore(140);
                Runs.run(placeDate, header.placeDate(), 13, false, true);
            }
            Tables.dropFirstRow(table);
        }

        /** The cell's first paragraph if still empty, else a new one; in a centred style. */
        private static XWPFParagraph centredIn(XWPFTableCell cell, String style) {
            XWPFParagraph p = next(cell);
            Runs.style(p, style);
            return p;
        }

        private static XWPFParagraph next(XWPFTableCell cell) {
            List<XWPFParagraph> existing = cell.getParagraphs();
            XWPFParagraph last = existing.get(existing.size() - 1);
            return existing.size() == 1 && last.getRuns().isEmpty() && last.getCTP().getPPr() == null
                    ? last : cell.addParagraph();
        }

        private static void borderless(XWPFTable table) {
            table.removeBorders();
        }

        private void titleBlock(String kind, String title, Optional<String> caption, RuleWidth ruleWidth) {
            XWPFParagraph heading = paragraph();
            Runs.style(heading, Styles.TITLE);
            heading.setSpacingBefore(240);
            Runs.run(heading, kind, Runs.BODY, true, false);
            XWPFParagraph summary = paragraph();
            Runs.style(summary, Styles.TITLE);
            Runs.run(summary, TitlePhrases.bind(title), Runs.BODY, true, false);
            caption.ifPresent(line -> {
                XWPFParagraph p = paragraph();
                Runs.style(p, Styles.TITLE_NOTE);
                Runs.run(p, line, Runs.BODY, false, true);
            });
            XWPFParagraph rule = paragraph();
            Runs.rule(rule, Pages.PORTRAIT_TEXT, Pages.mm(ruleWidth.mm()), 3);
            rule.setSpacingAfter(Runs.AFTER);
        }

        private void planBody(AttachedPlanView body) {
            body.sections().forEach(this::section);
            blocks(body.closing());
        }

        /**
         * A section as the PDF prints it: Phần centred bold; I. / 1. bold; 1.1. bold italic; a) italic. The
         * agencies a section assigns (agency:) are data, never a printed line: the author did not write one.
         */
        private void section(SectionView s) {
            if (s.hasTitle()) {
                XWPFParagraph p = paragraph();
                boolean part = s.style().equals("part");
                int level = HEADING_LEVELS.indexOf(s.style()) + 1;
                if (level > 0) {
                    Runs.style(p, Styles.heading(level));
                } else {
                    Runs.keepNext(p);
                }
                boolean bold = !List.of("letter", "dash", "none").contains(s.style());
                boolean italic = List.of("decimal", "letter").contains(s.style());
                String heading = s.printedNumber().map(n -> n + (part ? "\n" : " ") + s.title().plain())
                        .orElse(s.title().plain());
                Runs.run(p, heading, Runs.BODY, bold, italic);
                blocks(s.blocks());
            } else if (s.printedNumber().isPresent()) {
                String number = s.printedNumber().get();
                List<Block> blocks = s.blocks();
                if (!blocks.isEmpty() && blocks.get(0) instanceof TextBlock text) {
                    markdown.write(text.text().source(), new MarkdownParagraphs.Lead(number, false, false));
                    blocks(blocks.subList(1, blocks.size()));
                } else {
                    XWPFParagraph p = paragraph();
                    Runs.run(p, number, Runs.BODY, false, false);
                    blocks(blocks);
                }
            } else {
                blocks(s.blocks());
            }
        }

        private void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                if (block instanceof TextBlock text) {
                    markdown.write(text.text().source(), MarkdownParagraphs.Lead.NONE);
                } else if (block instanceof TableBlock table) {
                    boolean turn = table.table().wide() && !pages.landscape();
                    if (turn) {
                        pages.turn(true);
                    }
                    Tables.write(table, this);
                    if (turn) {
                        pages.turn(false);
                    }
                } else if (block instanceof SectionBlock section) {
                    section(section.section());
                } else if (block instanceof ImageBlock image) {
                    image(image);
                } else if (block instanceof NoteBlock note) {
                    XWPFParagraph p = paragraph();
                    Runs.style(p, Styles.CENTRED);
                    Runs.run(p, note.text().plain(), Runs.BODY, false, note.role() != NoteRole.END);
                }
            }
        }

        /** The picture at its size, shrunk to the text width. */
        private void image(ImageBlock image) {
            XWPFParagraph p = paragraph();
            Runs.style(p, Styles.CENTRED);
            String name = image.source().getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".svg")) {
                svg(p, image);
                return;
            }
            int type = name.endsWith(".png") ? Document.PICTURE_TYPE_PNG
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") ? Document.PICTURE_TYPE_JPEG : -1;
            try {
                BufferedImage read = type < 0 ? null : javax.imageio.ImageIO.read(image.source().toFile());
                if (read == null) {
                    Runs.run(p, image.alt(), Runs.BODY, false, true);
                    return;
                }
                double maxWidth = pages.textWidth() / 20.0;
                double width = Math.min(maxWidth, read.getWidth() * 0.75);
                double height = width * read.getHeight() / read.getWidth();
                XWPFRun run = p.createRun();
                try (InputStream in = Files.newInputStream(image.source())) {
                    run.addPicture(in, type, image.source().getFileName().toString(), Units.toEMU(width),
                            Units.toEMU(height));
                }
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                Runs.run(p, image.alt(), Runs.BODY, false, true);
            }
        }

        /** An SVG as the PNG Batik draws of it at its print size ({@link SvgPicture}), its alt text described. */
        private void svg(XWPFParagraph p, ImageBlock image) {
            try {
                SvgPicture.Png png = SvgPicture.of(image.source(), pages.textWidth() / 20.0, svgFonts.faces());
                String file = image.source().getFileName().toString().replaceAll("(?i)\\.svg$", ".png");
                XWPFRun run = p.createRun();
                var picture = run.addPicture(new java.io.ByteArrayInputStream(png.data()), Document.PICTURE_TYPE_PNG,
                        file, Units.toEMU(png.width()), Units.toEMU(png.height()));
                picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(image.alt());
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(image.alt());
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                Runs.run(p, image.alt(), Runs.BODY, false, true);
            }
        }

        /** Nơi nhận left (12 pt bold italic title, 11 pt lines), the signer right (14 pt bold, centred). */
        private void signature() {
            // The last paragraph of text goes over the page with the signature, as the PDF keeps them: a
            // signature block never stands alone on a page (Word and LibreOffice keep it with the table's row).
            var elements = document.getBodyElements();
            if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof XWPFParagraph last) {
                Runs.keepNext(last);
            }
            XWPFTable table = table();
            int left = Pages.mm(82);
            Tables.grid(table, new int[] {left, Pages.PORTRAIT_TEXT - left});
            borderless(table);
            XWPFTableRow row = Tables.appendRow(table);
            row.setCantSplitRow(true);
            XWPFTableCell recipients = row.createCell();
            if (plan.recipients().lines().isEmpty()) {
                Runs.style(next(recipients), Styles.GAP);
            } else {
                XWPFParagraph title = next(recipients);
                Runs.style(title, Styles.RECIPIENTS);
                title.setSpacingBefore(40);
                Runs.run(title, "Nơi nhận:", 12, true, true);
                for (InlineText line : plan.recipients().lines()) {
                    XWPFParagraph p = recipients.addParagraph();
                    Runs.style(p, Styles.RECIPIENTS);
                    Runs.run(p, line.plain(), 11, false, false);
                }
            }
            XWPFTableCell signer = row.createCell();
            for (String authority : plan.signature().authority()) {
                Runs.run(centredIn(signer, Styles.SIGNATURE), authority, Runs.BODY, true, false);
            }
            if (!plan.signature().title().isEmpty()) {
                Runs.run(centredIn(signer, Styles.SIGNATURE), plan.signature().title(), Runs.BODY, true, false);
            }
            // pdf.css's .signature-space, 25 mm exactly: 25 mm before a 10 pt empty line made the block
            // 11.5 pt taller than the PDF's, enough to take it and the text kept with it overleaf.
            Runs.gap(signer.addParagraph(), Pages.mm(25) / 20.0);
            XWPFParagraph name = centredIn(signer, Styles.SIGNATURE);
            Runs.run(name, plan.signature().name(), Runs.BODY, true, false);
            Tables.dropFirstRow(table);
        }

        private void appendix(AppendixView appendix) {
            int width = pages.textWidth();
            XWPFParagraph heading = paragraph();
            Runs.style(heading, Styles.APPENDIX);
            Runs.run(heading, appendix.heading(), Runs.BODY, true, false);
            XWPFParagraph title = paragraph();
            Runs.style(title, Styles.APPENDIX_TITLE);
            Runs.run(title, TitlePhrases.bind(appendix.title().plain()), Runs.BODY, true, false);
            if (!appendix.caption().isEmpty()) {
                XWPFParagraph caption = paragraph();
                Runs.style(caption, Styles.TITLE_NOTE);
                Runs.run(caption, appendix.caption(), Runs.BODY, false, true);
            }
            XWPFParagraph rule = paragraph();
            Runs.rule(rule, width, Pages.mm(45), 5);
            rule.setSpacingAfter(180);
            blocks(appendix.blocks());
        }
    }
}
