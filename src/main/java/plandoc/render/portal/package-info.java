/**
 * The site as a portal: what is written once for all plans besides the index page — the search data
 * the index searches in the browser, the Atom feed and the sitemap. Each writer turns the published
 * plans' {@link plandoc.render.portal.PlanSummary summaries} into bytes; nothing here reads files.
 */
package plandoc.render.portal;
