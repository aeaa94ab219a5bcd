package plandoc.render;

import java.util.Optional;
import plandoc.diagnostic.Message;
import plandoc.render.edoc.ElectronicRecord;
import plandoc.render.html.IssuerName;
import plandoc.render.html.SeparatePage;
import plandoc.render.html.TemplateEngine;
import plandoc.render.pdf.PdfRenderer;
import plandoc.render.pdf.SignatureFields;
import plandoc.resolved.AppendixView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TocEntry;

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
 * Named {@code <stem>-phu-luc-<n>.pdf} and {@code <stem>-van-ban-kem-theo.pdf}.
 */
final class SeparateFiles {

    static final String TEMPLATE = "separate.ftlh";

    private final TemplateEngine templates;
    private final PdfRenderer pdf;

    SeparateFiles(TemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    static String appendixFile(String stem, int number) {
        return stem + "-phu-luc-" + number + ".pdf";
    }

    static String attachedFile(String stem) {
        return stem + "-van-ban-kem-theo.pdf";
    }

    List<RenderedPlan.OutputFile> render(ResolvedPlan plan, String slug, Map<String, Path> images) throws RenderException {
        List<RenderedPlan.OutputFile> out = new ArrayList<>();
        String stem = plan.info().fileStem();
        if (plan.body().attached()) {
            String title = plan.body().kind() + " " + plan.body().title().plain();
            out.add(file(attachedFile(stem), plan, slug, title, true, List.of(), images));
        }
        for (int i = 0; i < plan.appendices().size(); i++) {
            AppendixView appendix = plan.appendices().get(i);
            // The title as the outline lists it ("Phụ lục 2. Hệ thống thông tin"), not in the heading's capitals.
            String title = plan.toc().stream().filter(t -> t.anchor().equals(appendix.anchor())).map(TocEntry::label)
                    .findFirst().orElse(appendix.label());
            out.add(file(appendixFile(stem, i + 1), plan, slug, title, false, List.of(appendix), images));
        }
        return out;
    }

    private RenderedPlan.OutputFile file(String name, ResolvedPlan plan, String slug, String title, boolean attached,
                                         List<AppendixView> appendices, Map<String, Path> images) throws RenderException {
        SeparatePage page = new SeparatePage(plan, new IssuerName(plan.header().issuerLines(), plan.header().issuer()),
                new IssuerName(plan.header().parentIssuerLines(), plan.header().parentIssuer()), title, attached, appendices, "../assets/");
        String html = Normalizer.normalize(templates.render(TEMPLATE, page, slug), Normalizer.Form.NFC);
        DocumentInfo i = plan.info();
        DocumentInfo info = new DocumentInfo(i.slug(), i.numberSymbol(), i.date(), i.dateText(), i.kind(), title,
                i.issuer(), i.fileStem(), i.fundingTotal(), i.fundingUnit(), i.fundingText(), i.issuerCode());
        try {
            byte[] printed = pdf.print(html, info, List.of(), images,
                    plan.header().draft() ? Map.of(PlanRenderer.DRAFT_METADATA, "true") : Map.of(), ElectronicRecord.of(plan), List.of()).bytes();
            return new RenderedPlan.OutputFile(name, SignatureFields.organisationOnly(printed));
        } catch (IOException | RuntimeException e) {
            throw new RenderException(RenderProblem.Kind.INTERNAL, name, Message.of("render.pdf-failed", String.valueOf(e)),
                    slug, e);
        }
    }
}
