package plandoc.render;

import plandoc.diagnostic.Message;
import plandoc.render.html.DataFile;
import plandoc.render.html.DownloadLabels;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.render.html.PlanLinks;
import plandoc.render.edoc.ElectronicRecord;
import plandoc.render.edoc.ElectronicRecordXml;
import plandoc.resolved.AppendixView;
import plandoc.resolved.Block;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files published for one plan and their names: {@code <slug>/index.html},
 * {@code <slug>/<fileStem>.pdf}, {@code <slug>/plan.json}, the e-document record
 * {@code <slug>/<fileStem>.xml} of a dated document, one {@code <slug>/<table-id>.csv} per
 * budget table, and the images at their hrefs. Names come from source ids, so they are checked here
 * before anything is written: a name must stay inside the plan's folder.
 */
final class PlanFiles {

    static final String PAGE = "index.html";
    static final String JSON = "plan.json";

    /** Letters (Vietnamese included), digits, dot, dash, underscore; no leading dot. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_\\-][\\p{L}\\p{N}._\\-]*");

    private final String slug;
    private final String pdf;
    private final List<Csv> csv;
    private final List<ImageBlock> images;
    private final java.util.Optional<String> xlsx;
    /** {@code <fileStem>.xml}: the Decree 30 e-document record, written for a dated document. */
    private final java.util.Optional<String> record;
    /** The budgets whose printed table is published: each also has a tidy CSV ({@code <id>.data.csv}). */
    private final java.util.Set<String> budgets = new java.util.HashSet<>();

    /** A budget table's CSV, how a link names it ("Phụ lục 01") and the table's name ("Phụ lục 01: DANH MỤC …"). */
    record Csv(TableView table, String fileName, String label, String name) {
    }

    /** Issue 12 E1: the appendices (and attached document) published as their own PDFs, when they are. */
    private final List<DataFile> separatePdfs;

    PlanFiles(ResolvedPlan plan) throws RenderException {
        this(plan, List.of());
    }

    PlanFiles(ResolvedPlan plan, List<DataFile> separatePdfs) throws RenderException {
        this.separatePdfs = List.copyOf(separatePdfs);
        String planSlug = plan.info().slug();
        this.slug = checkedName(planSlug, "render.unsafe-slug", planSlug);
        this.pdf = checkedName(plan.info().fileStem(), "render.unsafe-file-stem", planSlug) + ".pdf";
        Map<String, String> labels = tableLabels(plan, false);
        Map<String, String> names = tableLabels(plan, true);
        List<Csv> tables = new ArrayList<>();
        for (TableView table : plan.tables()) {
            if (table.kind() == TableKind.BUDGET) {
                String name = checkedName(table.id(), "render.unsafe-table-id", planSlug) + ".csv";
                String label = labels.getOrDefault(table.id(), table.id());
                tables.add(new Csv(table, name, label, names.getOrDefault(table.id(), label)));
            }
        }
        this.csv = List.copyOf(tables);
        plan.budgets().forEach(budget -> budgets.add(budget.id()));
        String stem = plan.info().fileStem();
        this.xlsx = tables.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stem + ".xlsx");
        this.record = ElectronicRecord.written(plan) ? java.util.Optional.of(ElectronicRecordXml.fileName(stem))
                : java.util.Optional.empty();
        List<ImageBlock> found = new ArrayList<>();
        collectImages(plan, found);
        for (ImageBlock image : found) {
            checkHref(image.href(), planSlug);
        }
        this.images = List.copyOf(found);
    }

    String slug() {
        return slug;
    }

    String pdf() {
        return pdf;
    }

    List<Csv> csv() {
        return csv;
    }

    /** {@code <fileStem>.xlsx}: every budget table with live totals, when the plan has budgets. */
    java.util.Optional<String> xlsx() {
        return xlsx;
    }

    /** {@code <fileStem>.docx}: the whole document, editable. */
    String docx() {
        return pdf.substring(0, pdf.length() - ".pdf".length()) + ".docx";
    }

    List<ImageBlock> images() {
        return images;
    }

    /** Links as seen from a page {@code prefix} away from the plan folder ("" on the plan page, "slug/" on the index). */
    PlanLinks links(String prefix) {
        return links(prefix, DownloadLabels.vietnamese());
    }

    /** As {@link #links(String)}, the links named in the site chrome's language. */
    PlanLinks links(String prefix, DownloadLabels labels) {
        List<DataFile> files = new ArrayList<>();
        files.add(new DataFile(prefix + docx(), labels.word()));
        separatePdfs.forEach(pdf -> files.add(new DataFile(prefix + pdf.href(), labels.separatePdf(pdf.label()))));
        xlsx.ifPresent(x -> files.add(new DataFile(prefix + x, labels.excel())));
        record.ifPresent(x -> files.add(new DataFile(prefix + x, labels.record())));
        for (Csv c : csv) {
            files.add(new DataFile(prefix + c.fileName(), labels.printedCsv(c.label()), c.name()));
            if (budgets.contains(c.table().id())) {
                // The same figures as tidy open data: one row per item and axis member (issue 16).
                files.add(new DataFile(prefix + c.table().id() + TidyBudgetCsv.SUFFIX, labels.tidyCsv(c.label()),
                        c.name()));
            }
        }
        return new PlanLinks(prefix + PAGE, prefix + pdf, prefix + JSON, files);
    }

    private static String checkedName(String name, String key, String plan) throws RenderException {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.length() > 120) {
            throw new RenderException(RenderProblem.Kind.CONTENT, "",
                    Message.of(key, String.valueOf(name)), plan, null);
        }
        return name;
    }

    /** An image href must be a relative path below the plan folder: it is also where the file is copied. */
    private static void checkHref(String href, String plan) throws RenderException {
        boolean safe;
        try {
            URI uri = new URI(href);
            String path = uri.getPath();
            safe = uri.getScheme() == null && uri.getAuthority() == null && uri.getQuery() == null
                    && uri.getFragment() == null && path != null && !path.isEmpty() && !path.startsWith("/")
                    && List.of(path.split("/")).stream().allMatch(part -> SAFE_NAME.matcher(part).matches());
        } catch (URISyntaxException e) {
            safe = false;
        }
        if (!safe) {
            throw new RenderException(RenderProblem.Kind.CONTENT, "",
                    Message.of("render.unsafe-image-href", href), plan, null);
        }
    }

    /**
     * "Phụ lục 3" for a table in an appendix, "III.2. Kinh phí" for one in a section. A table shown both
     * in a section and in an appendix (424's PHỤ LỤC 07) is named by its appendix: that is where a reader
     * of the portal looks for it.
     */
    private static Map<String, String> tableLabels(ResolvedPlan plan, boolean withTitle) {
        Map<String, String> labels = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        plan.tables().forEach(t -> ids.add(t.id()));
        for (AppendixView appendix : plan.appendices()) {
            String title = appendix.title().plain().strip();
            String name = withTitle && !title.isEmpty() ? appendix.label() + ": " + title : appendix.label();
            label(appendix.blocks(), name, true, ids, labels);
        }
        for (SectionView section : plan.body().sections()) {
            label(List.of(new SectionBlock(section)), "", false, ids, labels);
        }
        return labels;
    }

    /** The table a showing prints: later showings of a table carry "-2", "-3" … after its id. */
    private static String shownTable(String shownId, java.util.Set<String> ids) {
        java.util.regex.Matcher again = java.util.regex.Pattern.compile("(.+)-\\d+").matcher(shownId);
        return !ids.contains(shownId) && again.matches() && ids.contains(again.group(1)) ? again.group(1) : shownId;
    }

    /** A table takes its appendix's name, or else the name of the nearest titled section around it. */
    private static void label(List<Block> blocks, String around, boolean inAppendix, java.util.Set<String> ids,
                              Map<String, String> labels) {
        for (Block block : blocks) {
            if (block instanceof TableBlock table) {
                String id = shownTable(table.table().id(), ids);
                labels.putIfAbsent(id, around.isEmpty() ? id : around);
            } else if (block instanceof SectionBlock nested) {
                SectionView section = nested.section();
                String own = section.hasTitle() ? (section.number() + " " + section.title().plain()).strip() : "";
                label(section.blocks(), inAppendix || own.isEmpty() ? around : own, inAppendix, ids, labels);
            }
        }
    }

    private static void collectImages(ResolvedPlan plan, List<ImageBlock> found) {
        plan.body().sections().forEach(section -> collect(List.of(new SectionBlock(section)), found));
        collect(plan.body().closing(), found);
        plan.appendices().forEach(appendix -> collect(appendix.blocks(), found));
        plan.signature().marks().forEach(mark -> found.add(mark.image()));
    }

    private static void collect(List<Block> blocks, List<ImageBlock> found) {
        for (Block block : blocks) {
            if (block instanceof ImageBlock image) {
                found.add(image);
            } else if (block instanceof SectionBlock section) {
                collect(section.section().blocks(), found);
            }
        }
    }
}
