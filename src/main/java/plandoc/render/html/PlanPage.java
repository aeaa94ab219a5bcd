package plandoc.render.html;

import plandoc.resolved.ResolvedPlan;

/**
 * The root of {@code plan.ftlh}.
 *
 * @param plan         the resolved document
 * @param issuer       the issuer as the header block breaks it
 * @param parentIssuer the cơ quan chủ quản, empty when there is none
 * @param links        downloads next to this page
 * @param assets       prefix of the shared assets folder ("../assets/")
 * @param siteIndex    the site index page ("../index.html")
 */
public record PlanPage(ResolvedPlan plan, IssuerName issuer, IssuerName parentIssuer, PlanLinks links,
                       String assets, String siteIndex) {
}
