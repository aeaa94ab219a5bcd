package plandoc.render;

import java.util.Optional;
import plandoc.render.edoc.ElectronicRecord;
import plandoc.render.html.DataFile;
import plandoc.render.html.IssuerName;
import plandoc.render.html.SeparatePage;
import plandoc.render.html.TemplateEngine;
import plandoc.render.pdf.AssociatedFiles;
import plandoc.render.pdf.Attachment;
import plandoc.render.pdf.PdfRenderer;
import plandoc.render.pdf.PrintedTables;
import plandoc.render.pdf.SignatureFields;
import plandoc.resolved.AppendixView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.FileLabels;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code build --separate-appendices} (format-standard §9, §13 E1): each appendix, and the attached
 * document, also as its own PDF — tagged, PDF/A-3a and PDF/UA-1 like the plan's, numbered from its
 * own first page — carrying one empty signature field, the organisation's, top right of page 1,
 * where {@code plandoc sign --organisation} writes the main document's number and the signing time.
 * Named {@code <stem>-phu-luc-<n>.pdf}, {@code <n>} as the appendix prints it ("07", "II"), and
 * {@code <stem>-van-ban-kem-theo.pdf}. Each carries the plan's data (plan.json as Data, compressed): a file
 * signed and published on its own still lets anyone re-check its figures; the sources stay in the plan's PDF,
 * which each file names ({@link Attachment#SOURCES_IN}). The plan page lists them ({@link #links}).
 */
final class SeparateFiles {

    static final String TEMPLATE = "separate.ftlh";

    private final TemplateEngine templates;
    private final PdfRenderer pdf;

    SeparateFiles(TemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /**
     * "4086-QD-UBND-phu-luc-3.pdf", "424-QD-UBND-phu-luc-07.pdf", "…-phu-luc-II.pdf": the number as the appendix
     * prints it ({@link AppendixView#number}), "…-phu-luc.pdf" for a plan's only appendix (printed "PHỤ LỤC").
     */
    static String appendixFile(String stem, AppendixView appendix) {
        return stem + SeparateFileNames.APPENDIX + appendix.printedNumber().map(n -> "-" + n).orElse("") + ".pdf";
    }

    /**
     * The names plandoc gave the appendix files before session 18 ("…-phu-luc-7.pdf", the appendix's place
     * whatever it printed) → their names now, where they differ: a site that published them keeps the old
     * names as copies (build.KeptNames), so links to them still open.
     */
    static Map<String, String> formerNames(ResolvedPlan plan, java.util.Set<String> signedFormer) {
        Map<String, String> former = new java.util.TreeMap<>();
        String stem = plan.info().fileStem();
        for (int i = 0; i < plan.appendices().size(); i++) {
            String old = SeparateFileNames.formerFile(stem, i);
            String now = appendixFile(stem, plan.appendices().get(i));
            if (!old.equals(now) && !signedFormer.contains(old)) {
                former.put(old, now);
            }
        }
        return former;
    }

    /**
     * The appendix's file name: its former one when {@code signedFormer} holds it (the published site has it signed
     * under that name and the signature still stands for it: a province's signed appendices keep their names, so
     * they need no new signature), else as {@link #appendixFile(String, AppendixView)} names it.
     */
    private static String appendixFile(String stem, AppendixView appendix, int index, java.util.Set<String> signedFormer) {
        String former = SeparateFileNames.formerFile(stem, index);
        return signedFormer.contains(former) ? former : appendixFile(stem, appendix);
    }

    static String attachedFile(String stem) {
        return stem + SeparateFileNames.ATTACHED;
    }

    /** One separate file: its name, its words (compute's: title, link, subject) and what it holds. */
    record Part(String name, FileLabels.SeparatePart labels, List<AppendixView> appendices) {
    }

    /**
     * The separate files of a plan, the attached document first, then each appendix in order; {@code signedFormer}:
     * the former names the appendices signed under them keep.
     */
    static List<Part> parts(ResolvedPlan plan, java.util.Set<String> signedFormer) {
        List<Part> parts = new ArrayList<>();
        String stem = plan.info().fileStem();
        java.util.Iterator<FileLabels.SeparatePart> labels = plan.fileLabels().separateParts().iterator();
        if (plan.body().attached()) {
            parts.add(new Part(attachedFile(stem), labels.next(), List.of()));
        }
        for (int i = 0; i < plan.appendices().size(); i++) {
            AppendixView appendix = plan.appendices().get(i);
            parts.add(new Part(appendixFile(stem, appendix, i, signedFormer), labels.next(), List.of(appendix)));
        }
        return parts;
    }

    /** Each separate file under its part's name; PlanFiles adds the words "(PDF riêng)" in the chrome's language. */
    static List<DataFile> links(ResolvedPlan plan, java.util.Set<String> signedFormer) {
        return parts(plan, signedFormer).stream().map(part -> new DataFile(part.name(), part.labels().link())).toList();
    }

    /**
     * {@code associated}: what the plan's PDF embeds (plan.json, the sources), compressed once; each file embeds its data,
     * and names {@code planPdf}, the plan's PDF, as where the sources are ({@link Attachment#SOURCES_IN}).
     */
    List<RenderedPlan.OutputFile> render(ResolvedPlan plan, String slug, Map<String, Path> images,
                                         List<AssociatedFiles.Deflated> associated, String planPdf,
                                         java.util.Set<String> signedFormer) throws RenderException {
        // The sources are the plan's, not this file's: they stay in the plan's PDF (one copy per plan, not one per
        // appendix; 424's seven appendices carried 8 × 1.1 MB). plan.json stays: anyone can re-check the figures.
        List<AssociatedFiles.Deflated> data = associated.stream()
                .filter(a -> !a.file().relationship().equals(Attachment.SOURCE)).toList();
        Map<String, String> metadata = new java.util.TreeMap<>(Map.of(Attachment.SOURCES_IN, planPdf));
        if (plan.header().draft()) {
            metadata.put(PlanRenderer.DRAFT_METADATA, "true");
        }
        List<RenderedPlan.OutputFile> out = new ArrayList<>();
        for (Part part : parts(plan, signedFormer)) {
            out.add(file(part.name(), plan, slug, part.labels(), part.appendices(), images, data, metadata));
        }
        return out;
    }


    private RenderedPlan.OutputFile file(String name, ResolvedPlan plan, String slug, FileLabels.SeparatePart part,
                                         List<AppendixView> appendices, Map<String, Path> images,
                                         List<AssociatedFiles.Deflated> associated, Map<String, String> metadata)
            throws RenderException {
        SeparatePage page = new SeparatePage(plan, new IssuerName(plan.header().issuerLines(), plan.header().issuer()),
                new IssuerName(plan.header().parentIssuerLines(), plan.header().parentIssuer()), part.title(), part.attached(),
                appendices, "../assets/");
        String html = Normalizer.normalize(templates.render(TEMPLATE, page, slug, plandoc.render.html.SiteText.vietnamese()), Normalizer.Form.NFC);
        DocumentInfo i = plan.info();
        DocumentInfo info = new DocumentInfo(i.slug(), i.numberSymbol(), i.date(), i.shortDate(), i.kindName(),
                part.title(), i.issuer(), i.fileStem(), i.funding(), i.issuerIdentifier(), part.subject());
        try {
            byte[] printed = pdf.printCompressed(html, info, List.of(), images, metadata, ElectronicRecord.of(plan),
                    associated, () -> {
                    }, PrintedTables.of(plan)).bytes();
            return new RenderedPlan.OutputFile(name, SignatureFields.organisationOnly(printed));
        } catch (IOException | RuntimeException e) {
            throw RenderException.pdfFailed(name, slug, e);
        }
    }
}
