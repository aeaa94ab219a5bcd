package plandoc.cli;

import java.util.Map;
import java.util.Optional;
import plandoc.model.Province;
import plandoc.render.RenderSettings;

/**
 * {@code PLANDOC_SITE_URL} set to something that is not a site's address: what is wrong with it (a space, pasted
 * with the address; anything else) and the address to set, built from what was typed. {@code build} refuses it
 * (its sitemap and feeds would lose the address); {@code serve}'s preview needs none, so it warns and runs.
 */
final class SiteUrlVariable {
    private SiteUrlVariable() {
    }

    /** The problem with the variable in {@code environment}, as a message (without its severity); empty when none. */
    static Optional<String> problem(Map<String, String> environment, Console console) {
        return RenderSettings.invalidSiteUrl(environment).map(value -> Province.beforeSpace(value)
                .map(before -> console.text("cli.site-url-space", value, before, Province.addressToWrite(value)))
                .orElseGet(() -> console.text("cli.bad-site-url", value, Province.addressToWrite(value))));
    }
}
