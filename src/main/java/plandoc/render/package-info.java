/**
 * The render stage: turns resolved plans into the published site — one HTML page, one Decree 30 PDF,
 * open data (JSON, CSV) per plan, and a site index. {@link plandoc.render.SiteBuilder} is the entry
 * point; it reports problems instead of throwing, so one broken plan never stops the others.
 */
package plandoc.render;
