package plandoc.render.html;

/**
 * The model of the page a renamed plan folder leaves at its old address ({@code moved.ftlh}): the document it led to,
 * and where that document is published now, relative to the old folder ({@code ../<new slug>/}).
 *
 * @param target where the plan is now, from the old folder's page
 * @param assets the site's assets, from the old folder's page
 * @param root   the site's index, from the old folder's page
 * @param portal the portal's name, "" when province.yaml gives none
 */
public record MovedPage(String kindName, String numberSymbol, String title, String target, String assets, String root,
                        String portal) {
}
