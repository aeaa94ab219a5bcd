package plandoc.render;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Province;
import plandoc.render.html.SiteText;

/**
 * Settings of the render stage that do not come from the plans.
 *
 * @param sourceDateEpoch the PDF creation date for documents without an issue date (reproducible
 *                        builds' {@code SOURCE_DATE_EPOCH}); a document with a date always uses its date
 * @param siteUrl         where the site is published ({@code PLANDOC_SITE_URL}, else {@code content/province.yaml}'s
 *                        {@code url:}; ending in "/"): the sitemap and the feed give absolute addresses under it;
 *                        without it there is no sitemap and the feed's links stay relative
 * @param separateAppendices {@code build --separate-appendices}: each appendix and attached document also
 *                        as its own PDF, for the organisation's signature on each file (format-standard §13 E1)
 * @param draftBuild      {@code build --draft}: part of what a site was built with, so that neither a
 *                        draft nor an issued build ever takes the other's files as up to date
 * @param portal          the e-portal's name ({@code content/province.yaml}, {@code portal:}): printed in the
 *                        site's page titles and header, the feed's title and the data package's publisher;
 *                        empty: the generic titles
 * @param history         where plan pages list their versions ({@code content/province.yaml}, {@code history:}):
 *                        by default in a draft build only, so the published site shows no drafters' commits
 * @param language        the site chrome's language ({@code --lang}): "vi" (the default) or "en"; the
 *                        documents themselves are Vietnamese in every language
 * @param guide           where the officers' guide is published and linked ({@code content/province.yaml},
 *                        {@code guide:}): by default in a draft build only, as it is a manual for drafters
 * @param dataLicence     the open data's licence ({@code content/province.yaml}, {@code data_licence:}); none claimed
 *                        without it
 * @param fonts           the folder of the office's fonts on this machine ({@code PLANDOC_FONTS}): searched for the
 *                        PDFs' faces after the templates' {@code fonts/} (render.pdf.PdfFonts)
 */
public record RenderSettings(Optional<Instant> sourceDateEpoch, Optional<java.net.URI> siteUrl,
                             boolean separateAppendices, boolean draftBuild, Optional<String> portal,
                             Province.Shown history, String language, Province.Shown guide,
                             Optional<plandoc.model.DataLicence> dataLicence, Optional<java.nio.file.Path> fonts) {

    public RenderSettings(Optional<Instant> sourceDateEpoch, Optional<java.net.URI> siteUrl,
                          boolean separateAppendices, boolean draftBuild, Optional<String> portal,
                          Province.Shown history, String language, Province.Shown guide,
                          Optional<plandoc.model.DataLicence> dataLicence) {
        this(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, history, language, guide, dataLicence,
                Optional.empty());
    }

    public RenderSettings(Optional<Instant> sourceDateEpoch, Optional<java.net.URI> siteUrl,
                          boolean separateAppendices, boolean draftBuild, Optional<String> portal,
                          Province.Shown history, String language, Province.Shown guide) {
        this(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, history, language, guide, Optional.empty());
    }

    public RenderSettings(Optional<Instant> sourceDateEpoch, Optional<java.net.URI> siteUrl,
                          boolean separateAppendices, boolean draftBuild, Optional<String> portal,
                          Province.Shown history, String language) {
        this(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, history, language, Province.Shown.DRAFT);
    }

    public RenderSettings(Optional<Instant> sourceDateEpoch, Optional<java.net.URI> siteUrl,
                          boolean separateAppendices, boolean draftBuild, Optional<String> portal,
                          Province.Shown history) {
        this(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, history, SiteText.DOCUMENT_LANGUAGE);
    }

    public RenderSettings(Optional<Instant> sourceDateEpoch, Optional<java.net.URI> siteUrl) {
        this(sourceDateEpoch, siteUrl, false, false, Optional.empty(), Province.Shown.DRAFT);
    }

    /** The site chrome in {@code lang} ({@code --lang}: "en", else Vietnamese). */
    public RenderSettings withLanguage(String lang) {
        return new RenderSettings(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, history,
                "en".equals(lang) ? "en" : SiteText.DOCUMENT_LANGUAGE, guide, dataLicence, fonts);
    }

    /** How the chrome writes the figures it shows itself (totals, counts): the form of its language. */
    public plandoc.compute.FigureForm figureForm() {
        return plandoc.compute.FigureForm.of(language);
    }

    /** The chrome's words for the templates. */
    public SiteText siteText() {
        return SiteText.of(language);
    }

    public RenderSettings withSeparateAppendices(boolean separate) {
        return new RenderSettings(sourceDateEpoch, siteUrl, separate, draftBuild, portal, history, language, guide,
                dataLicence, fonts);
    }

    public RenderSettings withDraftBuild(boolean draft) {
        return new RenderSettings(sourceDateEpoch, siteUrl, separateAppendices, draft, portal, history, language, guide,
                dataLicence, fonts);
    }

    public RenderSettings withPortal(Optional<String> name) {
        return new RenderSettings(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, name, history, language,
                guide, dataLicence, fonts);
    }

    /**
     * What {@code province.yaml} says the site's pages print: the portal's name, where the history and the guide
     * show, and the site's address when {@code PLANDOC_SITE_URL} gave none (the variable wins).
     */
    public RenderSettings withProvince(Province province) {
        return new RenderSettings(sourceDateEpoch, siteUrl.or(province::url), separateAppendices, draftBuild,
                province.portal(), province.history(), language, province.guide(), province.dataLicence(), fonts);
    }

    public RenderSettings withSiteUrl(Optional<java.net.URI> address) {
        return new RenderSettings(sourceDateEpoch, address, separateAppendices, draftBuild, portal, history, language,
                guide, dataLicence, fonts);
    }

    public RenderSettings withHistory(Province.Shown shown) {
        return new RenderSettings(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, shown, language,
                guide, dataLicence, fonts);
    }

    /** Whether a plan's page lists its versions ("Lịch sử văn bản") in this build. */
    public boolean historyShown() {
        return history.in(draftBuild);
    }

    /** Whether this build publishes the officers' guide and links it from the index. */
    public boolean guidePublished() {
        return guide.in(draftBuild);
    }

    /**
     * The settings as a line of text for the build's input digest. Written out rather than the record's
     * own {@code toString()}, whose first call links an invokedynamic bootstrap (~10 ms of a cold build,
     * issue 17). Not the fonts folder's path: the render key holds the faces found there instead
     * (build.Renderers#facesKey), so the same fonts elsewhere are the same PDFs (s28 re-read H1).
     */
    public String digestText() {
        return "RenderSettings[sourceDateEpoch=" + sourceDateEpoch.map(Instant::toString).orElse("")
                + ", siteUrl=" + siteUrl.map(java.net.URI::toString).orElse("")
                + ", separateAppendices=" + separateAppendices + ", draftBuild=" + draftBuild
                + ", portal=" + portal.orElse("") + ", history=" + history.id() + ", language=" + language + ", guide=" + guide.id()
                + ", dataLicence=" + dataLicence.map(plandoc.model.DataLicence::keyText).orElse("") + "]";
    }

    /** The portal's name for templates: "" when there is none, so a template tests it with ?has_content. */
    public String portalName() {
        return portal.orElse("");
    }

    public RenderSettings(Optional<Instant> sourceDateEpoch) {
        this(sourceDateEpoch, Optional.empty());
    }

    public static RenderSettings defaults() {
        return new RenderSettings(Optional.empty());
    }

    /** Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970) from the given environment. */
    public static RenderSettings fromEnvironment(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        Optional<Instant> date = epoch == null || !epoch.strip().matches("\\d+") ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        String fonts = environment.get(plandoc.render.pdf.PdfFonts.FOLDER_VARIABLE);
        return new RenderSettings(date, siteUrl(environment.get("PLANDOC_SITE_URL"))).withFonts(
                fonts == null || fonts.isBlank() ? Optional.empty() : Optional.of(java.nio.file.Path.of(fonts.strip())));
    }

    /** The office's fonts folder ({@code PLANDOC_FONTS}). */
    public RenderSettings withFonts(Optional<java.nio.file.Path> folder) {
        return new RenderSettings(sourceDateEpoch, siteUrl, separateAppendices, draftBuild, portal, history, language,
                guide, dataLicence, folder);
    }

    /**
     * {@code PLANDOC_SITE_URL} when it is set but is not an absolute http(s) address (issue 16): the
     * command refuses it rather than silently building a site without sitemap or absolute feed links.
     */
    public static Optional<String> invalidSiteUrl(Map<String, String> environment) {
        String value = environment.get("PLANDOC_SITE_URL");
        return value == null || value.isBlank() || siteUrl(value).isPresent() ? Optional.empty() : Optional.of(value);
    }

    /** An absolute http(s) address, with the "/" a folder needs for relative links to resolve under it. */
    static Optional<java.net.URI> siteUrl(String value) {
        return Province.siteAddress(value);
    }
}
