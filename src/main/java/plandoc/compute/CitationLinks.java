package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ArticleView;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.Block;
import plandoc.resolved.MarkdownText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TextBlock;

/**
 * A resolved plan whose prose links the site's documents it cites ({@link CitedDocuments}): the articles', sections'
 * and appendices' Markdown texts, where citations are typed; titles and table cells name no other document by number.
 */
public final class CitationLinks {
    private CitationLinks() {
    }

    /** {@code plan} linked to what {@code site} publishes; the plan itself when its prose cites none of it. */
    public static ResolvedPlan of(ResolvedPlan plan, CitedDocuments site) {
        List<String> texts = new ArrayList<>();
        plan.articles().forEach(a -> texts.add(a.text().source()));
        plan.body().sections().forEach(s -> sectionTexts(s, texts));
        blockTexts(plan.body().closing(), texts);
        plan.appendices().forEach(a -> blockTexts(a.blocks(), texts));
        plandoc.resolved.Cited cited = site.cited(texts);
        if (cited.equals(plan.cited())) {
            return plan;
        }
        List<ArticleView> articles = plan.articles().stream().map(a -> new ArticleView(a.anchor(), a.label(),
                a.title(), linked(a.text(), site), a.includesPlan())).toList();
        AttachedPlanView b = plan.body();
        AttachedPlanView body = new AttachedPlanView(b.attached(), b.kindHeading(), b.title(), b.captionLine(),
                b.sections().stream().map(s -> section(s, site)).toList(), blocks(b.closing(), site),
                b.fileCaptionLine(), b.titleRuleWidth());
        List<AppendixView> appendices = plan.appendices().stream().map(a -> new AppendixView(a.anchor(), a.heading(),
                a.label(), a.printedNumber(), a.title(), a.caption(), a.landscape(), blocks(a.blocks(), site),
                a.fileCaption())).toList();
        return plan.withCited(cited, articles, body, appendices);
    }

    private static void sectionTexts(SectionView section, List<String> texts) {
        blockTexts(section.blocks(), texts);
    }

    private static void blockTexts(List<Block> blocks, List<String> texts) {
        for (Block block : blocks) {
            if (block instanceof TextBlock text) {
                texts.add(text.text().source());
            } else if (block instanceof SectionBlock inner) {
                sectionTexts(inner.section(), texts);
            }
        }
    }

    private static SectionView section(SectionView s, CitedDocuments site) {
        return new SectionView(s.anchor(), s.printedNumber(), s.style(), s.level(), s.title(), s.agencies(),
                blocks(s.blocks(), site));
    }

    private static List<Block> blocks(List<Block> blocks, CitedDocuments site) {
        List<Block> linked = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof TextBlock text) {
                linked.add(new TextBlock(linked(text.text(), site)));
            } else if (block instanceof SectionBlock inner) {
                linked.add(new SectionBlock(section(inner.section(), site)));
            } else {
                linked.add(block);
            }
        }
        return linked;
    }

    private static MarkdownText linked(MarkdownText text, CitedDocuments site) {
        String linked = site.linked(text.source());
        return linked.equals(text.source()) ? text : new MarkdownText(linked, text.tableCaptions());
    }
}
