package plandoc.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import plandoc.render.html.TemplateEngine;
import plandoc.resolved.AgencyPage;

/**
 * The agency view, {@code site/co-quan/index.html}: for each agency, the sections, tasks and budget
 * rows assigned to it across every plan, with the total of the rows it leads.
 */
public final class AgencyPages {
    static final String TEMPLATE = "agencies.ftlh";
    public static final String PATH = "co-quan/index.html";

    /**
     * The page model: agencies, and where the site's shared assets and plans are from the page.
     *
     * @param mixes whether some plan's total adds several sources or periods together: the note then says
     *              what such a total is
     */
    public record Model(List<AgencyPage> agencies, String assets, String root, String portal, boolean mixes) {
        public Model {
            agencies = List.copyOf(agencies);
        }

        /** The agencies named one by one, for the list at the top, in compute's order. */
        public List<AgencyPage> single() {
            return agencies.stream().filter(a -> !a.group()).toList();
        }

        /** The register's collective entries ("Các cơ quan liên quan"), listed apart under their own name. */
        public List<AgencyPage> collectives() {
            return agencies.stream().filter(AgencyPage::group).toList();
        }

        public Model(List<AgencyPage> agencies, String assets, String root, String portal) {
            this(agencies, assets, root, portal, agencies.stream()
                    .anyMatch(a -> a.totals().stream().anyMatch(t -> !t.mixes().isEmpty())));
        }
    }

    /** The page's bytes; {@code agencies} is not empty. */
    public byte[] render(List<AgencyPage> agencies, TemplateEngine templates) throws RenderException {
        return render(agencies, templates, "");
    }

    /** @param portal the portal's name ({@code content/province.yaml}), or "" for the generic title */
    public byte[] render(List<AgencyPage> agencies, TemplateEngine templates, String portal) throws RenderException {
        String html = templates.render(TEMPLATE, new Model(agencies, "../assets/", "../", portal), "");
        return Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }
}
