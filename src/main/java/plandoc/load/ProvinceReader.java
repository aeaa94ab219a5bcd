package plandoc.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Province;

/**
 * Reads {@code content/province.yaml} strictly, as plan.yaml is read: unknown keys with the nearest valid
 * one, values of the wrong kind, and a register file that is not beside the plan folders, each at its
 * position. What could be read is kept, so one mistyped key does not lose the portal's name.
 */
final class ProvinceReader {
    private final Nodes nodes;

    ProvinceReader(Nodes nodes) {
        this.nodes = nodes;
    }

    Province province(YamlNode root, Path contentDir) {
        if (root instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            return Province.NONE; // an empty file says nothing
        }
        Fields f = nodes.fields(root, "province.yaml", PlanShape.PROVINCE.keyNames());
        Optional<String> portal = f.optional("portal", nodes::string).filter(v -> !v.isEmpty());
        Optional<String> name = f.optional("province", nodes::string).filter(v -> !v.isEmpty());
        Optional<String> place = f.optional("place", nodes::string).filter(v -> !v.isEmpty());
        portal.ifPresent(p -> name.ifPresent(n -> PortalName.nearMiss(p, n).ifPresent(miss ->
                nodes.problems().warning(f.node("portal").orElseThrow().at(), "province.portal-near-miss",
                        miss, n, PortalName.corrected(p, miss, n)))));
        Optional<YamlNode> registerNode = f.node("register")
                .filter(n -> !(n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL));
        String register = registerNode.flatMap(n -> nodes.string(n).filter(v -> registerFile(v, n, contentDir)))
                .orElse(Province.DEFAULT_REGISTER);
        Province.PlanRegister planRegister = f.optional("plan_register",
                n -> nodes.choice(n, Province.PlanRegister.class, "plan_register")).orElse(Province.PlanRegister.ADD);
        Province.Shown history = f.optional("history",
                n -> nodes.choice(n, Province.Shown.class, "history")).orElse(Province.Shown.DRAFT);
        Optional<java.net.URI> url = f.optional("url", n -> nodes.string(n).flatMap(v -> siteAddress(v, n)));
        Province.Shown guide = f.optional("guide",
                n -> nodes.choice(n, Province.Shown.class, "guide")).orElse(Province.Shown.DRAFT);
        Optional<plandoc.model.DataLicence> licence = f.optional("data_licence",
                n -> nodes.string(n).flatMap(v -> licence(v, n)));
        return new Province(portal, name, place, register, registerNode.map(YamlNode::at), planRegister, history,
                url, guide, licence, f.keyAt("history"));
    }

    /**
     * {@code data_licence:}: a known licence's id, or the https address of the province's own terms. Anything else
     * would publish a licence name no reader can look up; said with the ids to choose from. As {@code url:}, no
     * document carries it, so its error does not hold the plans back.
     */
    private Optional<plandoc.model.DataLicence> licence(String value, YamlNode node) {
        Optional<plandoc.model.DataLicence> known = plandoc.model.DataLicence.named(value);
        if (known.isPresent()) {
            return known;
        }
        if (value.strip().matches("(?i)https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?")) {
            try {
                return Optional.of(plandoc.model.DataLicence.ownTerms(new java.net.URI(value.strip())));
            } catch (java.net.URISyntaxException e) {
                // not an address after all: said below with the ids to choose from
            }
        }
        String ids = String.join(", ", plandoc.model.DataLicence.ids());
        Optional<String> near = Suggestions.nearest(value.strip().toUpperCase(java.util.Locale.ROOT),
                plandoc.model.DataLicence.ids().stream().map(id -> id.toUpperCase(java.util.Locale.ROOT)).toList())
                .flatMap(plandoc.model.DataLicence::named).flatMap(plandoc.model.DataLicence::name);
        nodes.problems().siteWideError(node.at(), "province.licence-unknown", value, ids, Hint.nearest(near));
        return Optional.empty();
    }

    /**
     * {@code url:}, the site's public address: the sitemap protocol and the feed's {@code xml:base} need it
     * absolute. A value without its scheme ("stttt.tinh.gov.vn/van-ban") is told the address to write. No document
     * prints it (nor carries it, for a signature), so its errors do not hold the plans back: the build makes them and
     * the sitemap keeps the address it had ({@code cli.KeptSiteAddress}).
     */
    private Optional<java.net.URI> siteAddress(String value, YamlNode node) {
        Optional<java.net.URI> address = Province.siteAddress(value);
        Optional<String> beforeSpace = Province.beforeSpace(value);
        if (address.isEmpty() && beforeSpace.isPresent()) {
            // Pasted with a space ("https:// cong…", "/ke hoach/"): said as such, the fix made of what was typed.
            nodes.problems().siteWideError(node.at(), "province.url-space", value, beforeSpace.get(), Province.addressToWrite(value));
        } else if (address.isEmpty()) {
            nodes.problems().siteWideError(node.at(), "province.url-not-web", value, Province.addressToWrite(value));
        } else if (address.get().getHost().equals(Province.EXAMPLE_HOST)) {
            // The scaffold's commented example, uncommented as it stands: a sitemap for a host that does not exist.
            nodes.problems().siteWideError(node.at(), "province.url-example", value);
            return Optional.empty();
        }
        return address;
    }

    /** A register is a YAML file directly beside the plan folders: the files every plan's key is made from. */
    private boolean registerFile(String value, YamlNode node, Path contentDir) {
        boolean plainName = !value.isEmpty() && !value.contains("/") && !value.contains("\\") && !value.startsWith(".")
                && (value.endsWith(".yaml") || value.endsWith(".yml"));
        if (!plainName) {
            nodes.problems().error(node.at(), "province.register-name", value);
            return false;
        }
        if (!Files.isRegularFile(contentDir.resolve(value))) {
            // With a near name the question ends its own sentence ("… có phải "agencies.yaml"? Hãy tạo …").
            Optional<String> near = Suggestions.nearest(value, yamlFiles(contentDir));
            if (near.isPresent()) {
                nodes.problems().error(node.at(), "province.register-missing-suggest", value, near.get());
            } else {
                nodes.problems().error(node.at(), "province.register-missing", value, Hint.nearest(near));
            }
            return false;
        }
        return true;
    }

    private static List<String> yamlFiles(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.equals(Province.FILE))
                    .forEach(names::add);
        } catch (java.io.IOException e) {
            // the suggestion is a courtesy
        }
        return names;
    }
}
