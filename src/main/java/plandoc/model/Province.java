package plandoc.model;

import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * What {@code content/province.yaml} says about every plan beside it: the portal that publishes them,
 * the province, and the agency register plans are checked against. Without the file: {@link #NONE}, the
 * behaviour of a content folder before the file existed (generic page titles, {@code agencies.yaml}).
 *
 * @param portal     the e-portal's name, printed in the site's titles, header, feed and data package
 * @param name       the province ("Quảng Nam"), for {@code plandoc new}
 * @param place      the place name new plans are dated at ("Quảng Nam, ngày …"); defaults to {@code name}
 * @param register   the file name, beside the plan folders, of the agency register plans use
 * @param registerAt where {@code register} was written, for a register file that is not there
 * @param planRegister what a plan folder's own {@code agencies.yaml} does to {@code register}
 * @param history    where a plan page lists its versions ("Lịch sử văn bản")
 * @param url        where the site is published ({@code url:}, ending in "/"): the sitemap's and the feed's absolute
 *                   addresses; {@code PLANDOC_SITE_URL}, when set, is taken before it
 * @param guide      where the officers' guide is published and linked from the index
 * @param dataLicence the licence of the open data ({@code data_licence:}); none claimed without it
 * @param historyAt  where the {@code history:} key was written, for what the build says of it outside git
 */
public record Province(Optional<String> portal, Optional<String> name, Optional<String> place, String register,
                       Optional<SourcePosition> registerAt, PlanRegister planRegister, Shown history,
                       Optional<java.net.URI> url, Shown guide, Optional<DataLicence> dataLicence,
                       Optional<SourcePosition> historyAt) {
    /** A province whose {@code history:} key's place is not known. */
    public Province(Optional<String> portal, Optional<String> name, Optional<String> place, String register,
                    Optional<SourcePosition> registerAt, PlanRegister planRegister, Shown history,
                    Optional<java.net.URI> url, Shown guide, Optional<DataLicence> dataLicence) {
        this(portal, name, place, register, registerAt, planRegister, history, url, guide, dataLicence, Optional.empty());
    }

    public static final String FILE = "province.yaml";
    public static final String DEFAULT_REGISTER = "agencies.yaml";
    /** The host of the example address {@code new --province} writes, commented, into province.yaml. */
    public static final String EXAMPLE_HOST = "ten-mien-cua-cong";
    /**
     * The keys no document prints (PDF, DOCX, XLSX): {@code portal}, {@code history}, {@code url}, {@code guide} and
     * {@code data_licence} shape the site, {@code province} and {@code place} fill {@code plandoc new} only (a plan's own
     * {@code document.place} and {@code issuer} are what is printed). A plan's PDF carries province.yaml without
     * them, so that changing them after signing leaves a signed PDF the same document. The other keys,
     * {@code register} and {@code plan_register}, choose the agencies a plan is resolved against: a source.
     */
    public static final java.util.Set<String> NOT_IN_DOCUMENTS =
            java.util.Set.of("portal", "province", "place", "history", "url", "guide", "data_licence");
    public static final Province NONE = new Province(Optional.empty(), Optional.empty(), Optional.empty(),
            DEFAULT_REGISTER, Optional.empty(), PlanRegister.ADD, Shown.DRAFT, Optional.empty(), Shown.DRAFT,
            Optional.empty());

    private static final java.util.regex.Pattern PAGE =
            java.util.regex.Pattern.compile("(?i)//[^/]+/.*\\.(html?|php|aspx?|jsp)$");

    /** The example address an error gives when nothing in the value typed makes one (no host in it). */
    public static final String EXAMPLE_ADDRESS = "https://stttt.hatinh.gov.vn/van-ban/";

    /** A space, or another blank (a no-break space pasted from a page), inside an address. */
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\\h]");

    /** A space inside the host, after the scheme if one is typed and before the path. */
    private static final java.util.regex.Pattern HOST_SPACE =
            java.util.regex.Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+-]*(?:://|:/|//))?[^/\\s\\h]+[\\s\\h]");

    /** A scheme and what follows it, as typed: "ftp://", "https//" (its colon lost), "http:/" (a slash lost). */
    private static final java.util.regex.Pattern SCHEME =
            java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+-]*)(://|:/|//)");

    /**
     * The folder a mistyped address most likely meant: its query, fragment and page name dropped, another
     * scheme ("ftp://", s20) or a missing or mistyped "https://" made "https://", "http://" kept; empty when none
     * of that gives an address.
     */
    public static Optional<java.net.URI> meantAddress(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // Spaces as copying from a page or a document leaves them: none around "/", ":" and "." ("https:// cong…");
        // one inside the host ("cong tinh.gov.vn") leaves which host was meant unknown; in the path it is a word
        // break, written "-" ("/ke hoach/" → "/ke-hoach/").
        String collapsed = value.strip().replaceAll("[\\s\\h]*([:/.])[\\s\\h]*", "$1");
        if (HOST_SPACE.matcher(collapsed).find()) {
            return Optional.empty();
        }
        String text = collapsed.replaceAll("[\\s\\h]+", "-").replaceFirst("[?#].*$", "");
        java.util.regex.Matcher scheme = SCHEME.matcher(text);
        boolean typed = scheme.find();
        boolean http = typed && scheme.group(1).equalsIgnoreCase("http");
        text = (http ? "http://" : "https://") + (typed ? text.substring(scheme.end()) : text);
        if (PAGE.matcher(text).find()) {
            text = text.substring(0, text.lastIndexOf('/') + 1);
        }
        return readable(text);
    }

    /**
     * The address an error about {@code value} tells to write: the one it most likely meant, else the example;
     * as typed, Vietnamese letters and all (the sitemap gets it percent-encoded).
     */
    public static String addressToWrite(String value) {
        return meantAddress(value).map(java.net.URI::toString).orElse(EXAMPLE_ADDRESS);
    }

    /** What {@code value} holds before its first space, when it has one inside it (a site address has none). */
    public static Optional<String> beforeSpace(String value) {
        String text = value == null ? "" : value.strip();
        java.util.regex.Matcher space = SPACE.matcher(text);
        return space.find() ? Optional.of(text.substring(0, space.start())) : Optional.empty();
    }

    /**
     * A site's address as {@code url:} or {@code PLANDOC_SITE_URL} gives it: an absolute http(s) address with a
     * host, with the "/" a folder needs for relative links to resolve under it — a folder, not a page, and
     * without a query or fragment; empty for anything else. The scheme and host in lower case ("HTTPS://" is the
     * same address); Vietnamese letters in the path ("/kế-hoạch/") percent-encoded, as sitemap.xml, the feeds and
     * the canonical links need them (sitemaps.org: addresses escaped) and a browser shows them as typed.
     */
    public static Optional<java.net.URI> siteAddress(String value) {
        return readable(value).map(uri -> java.net.URI.create(uri.toASCIIString()));
    }

    /** {@link #siteAddress}, its letters as typed (NFC). */
    private static Optional<java.net.URI> readable(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
        try {
            java.net.URI uri = new java.net.URI(text.endsWith("/") ? text : text + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean web = "http".equals(scheme) || "https".equals(scheme);
            // A folder, not a page: "…/van-ban/index.html" or "…?x=1#top" would have every sitemap address
            // built under it wrong (s19 tryout).
            boolean folder = uri.getRawQuery() == null && uri.getRawFragment() == null && !PAGE.matcher(text).find();
            if (!web || !folder || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new java.net.URI(scheme, uri.getRawUserInfo() == null ? null : uri.getUserInfo(),
                    uri.getHost().toLowerCase(java.util.Locale.ROOT), uri.getPort(), uri.getPath(), null, null));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Of the names of the files beside the plan folders, those every plan is loaded with, in the order given:
     * beside a {@code province.yaml}, that file and every YAML file there (it may name another register);
     * else the agency register alone. Hidden files are never among them. What a plan's PDF carries as its
     * sources, and what {@code diff} takes from git with a committed plan.
     */
    public static java.util.List<String> sharedSources(java.util.List<String> namesBeside) {
        if (!namesBeside.contains(FILE)) {
            return namesBeside.contains(DEFAULT_REGISTER) ? java.util.List.of(DEFAULT_REGISTER) : java.util.List.of();
        }
        return namesBeside.stream()
                .filter(n -> !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml"))).toList();
    }

    /**
     * {@code plan_register:}: a plan folder's own register is added to the shared one (its entries replacing
     * those of the same id), or replaces it, so that plans of another province in the same content folder are
     * checked against their own agencies only.
     */
    public enum PlanRegister implements Choice {
        ADD("add"),
        REPLACE("replace");

        private final String id;

        PlanRegister(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
        @Override
        public String toString() {
            return id();
        }
    }

    /**
     * Where a part of the site meant for the drafters is shown: {@code history:} (a plan page's versions, the git
     * commits with their authors and notes) and {@code guide:} (the officers' tool manual, docs/huong-dan.md, as
     * {@code huong-dan/index.html}, linked from the index). Both are working material, not pages for the
     * citizens who read the portal: by default they are in the drafts' site only.
     */
    public enum Shown implements Choice {
        /** In {@code build --draft} (the drafters' site, e-office drafts) only: the default. */
        DRAFT("draft"),
        /** On the published site too. */
        PUBLIC("public"),
        /** Nowhere. */
        NONE("none");

        private final String id;

        Shown(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        /** Whether a build shows it: a draft build ({@code --draft}) or the published site. */
        public boolean in(boolean draftBuild) {
            return this == PUBLIC || this == DRAFT && draftBuild;
        }

        /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
        @Override
        public String toString() {
            return id();
        }
    }

    /** The place name for a new plan: {@code place}, else the province's name. */
    public Optional<String> placeName() {
        return place.or(() -> name);
    }
}
