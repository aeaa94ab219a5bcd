package plandoc.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review finding 1 (session 15): {@code plandoc sign} signs the published PDF in place, and the next build
 * saw a changed file, rendered the plan again and put it back unsigned, or deleted a signed separate
 * appendix. Real sequences — build, sign, build again — with the signatures read back and verified with
 * PDFBox and Bouncy Castle: a build keeps a signed PDF as long as it signs exactly the plan's current
 * document, refuses (exit 1, at the file) to replace or delete one otherwise, and with
 * {@code --replace-signed} keeps it in {@code luu-ban-da-ky/<slug>/} under a name saying it was signed.
 */
class SignedRebuildTest {
    private static final String PASSWORD = "mat-khau-thu";
    private static final String PDF = "4086-QD-UBND.pdf";
    private static final String APPENDIX = "4086-QD-UBND-phu-luc-1.pdf";

    @TempDir
    Path dir;
    private Path content;
    private Path site;
    private Path person;
    private Path organisation;

    @BeforeEach
    void plan() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml"),
                SeparateAppendicesTest.YAML);
        site = dir.resolve("site");
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        person = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Thiện", ca);
        organisation = SignCommandTest.keystore(dir, "co-quan", "UBND tỉnh Hà Tĩnh", ca);
    }

    @Test
    void aSignedPdfStaysSignedThroughTheNextBuildsAndThePlanStaysListed() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);
        assertValid(signed, 1);

        Cli.Result again = build();
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.out().get(again.out().size() - 1).contains("(vẽ lại 1, giữ nguyên 0)"),
                "drawn again once, its page now saying the PDF is signed (SignedMarkTest): " + again.out());
        Cli.Result third = build();
        assertEquals(0, third.exit(), third.errText());
        assertTrue(third.out().get(third.out().size() - 1).contains("(vẽ lại 0, giữ nguyên 1)"),
                "then nothing changed: the plan counts as unchanged, not drawn again: " + third.out());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is kept as it is");
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-4086/"), "still listed on the index");
        assertTrue(Files.readString(site.resolve("qd-4086").resolve("index.html")).contains("href=\"" + PDF + "\""),
                "still offered on its page");

        // Everything rendered again (as after a new plandoc or new templates): the same document, so the
        // signed file still stands for it; the organisation can then sign it as well.
        Cli.Result clean = build("--clean");
        assertEquals(0, clean.exit(), clean.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file survives a render of the same document");
        sign(pdf, organisation, true);
        byte[] both = Files.readAllBytes(pdf);
        assertEquals(0, build().exit());
        assertArrayEquals(both, Files.readAllBytes(pdf));
        assertValid(both, 2);
    }

    /**
     * s19 tryout finding 1: province.yaml travels inside every PDF, so setting the site's address ({@code url:}) or
     * the guide ({@code guide:}) there — as the build's own note advises — changed every plan's sources and stopped
     * every signed plan. s20: so did renaming the portal, showing the history, or the province and place {@code new}
     * fills: no document prints them either. A signed PDF still stands, listed, while the site takes the new
     * settings; a key that is a source ({@code plan_register:}) or a printed value (the signer) still stops it.
     */
    @Test
    void provinceYamlKeysNoDocumentPrintsKeepASignedPdf() throws Exception {
        Path province = content.resolve("province.yaml");
        Files.writeString(province, """
                # Cổng và tỉnh
                portal: >
                  Cổng thông tin điện tử
                  tỉnh Hà Tĩnh
                province: Hà Tĩnh
                history: draft
                """);
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);

        Files.writeString(province, """
                # Cổng và tỉnh
                portal: Cổng thông tin tỉnh Hà Tĩnh   # tên mới
                province: Hà Tĩnh
                place: Thành phố Hà Tĩnh
                history: public
                url: https://stttt.hatinh.gov.vn/van-ban/
                guide: public
                """);
        Cli.Result settings = build();
        assertEquals(0, settings.exit(), settings.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file still stands for the document");
        // s20 tryout 15: the plan was rendered again (its page changed); the build says the signed file stayed.
        assertTrue(settings.out().contains("qd-4086: giữ nguyên tệp PDF đã ký số " + PDF
                + " (bản mới trùng với văn bản đã ký)"), String.join("\n", settings.out()));
        assertValid(Files.readAllBytes(pdf), 1);
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("Cổng thông tin tỉnh Hà Tĩnh") && index.contains("qd-4086/"),
                "the index has the new portal's name and still lists the plan");
        String page = Files.readString(site.resolve("qd-4086").resolve("index.html"));
        assertTrue(page.contains("href=\"" + PDF + "\"") && page.contains("Cổng thông tin tỉnh Hà Tĩnh"),
                "the plan's page, made again, offers the signed file");
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("https://stttt.hatinh.gov.vn/van-ban/qd-4086/"),
                "the address reached the sitemap");

        String settled = Files.readString(province);
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("co-quan.yaml"));
        Files.writeString(province, settled + "register: co-quan.yaml\n");
        Cli.Result source = build();
        // A key that is a source is still a changed source; nothing printed changed, so since s37 the edit of these
        // shared files is held back (the signed file standing, one note), where every build stopped at the signed file.
        assertEquals(0, source.exit(), "a key that is a source is still a changed source: " + source.errText());
        assertTrue(source.errText().contains("lưu ý: 1 văn bản đã ban hành và đã đăng mang trong tệp PDF một tệp nguồn "
                + "dùng chung đã sửa sau khi đăng mà văn bản in ra không đổi gì: 4086/QĐ-UBND ("
                + content.resolve("co-quan.yaml") + ":1:1)"), source.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));

        Files.writeString(province, settled);
        Path yaml = content.resolve("qd-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("name: Nguyễn Thiện", "name: Nguyễn Thiện Nhân"));
        Cli.Result signer = build();
        assertEquals(1, signer.exit(), "the printed signer changed: " + signer.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
    }

    /**
     * s23 review H1: the bundled content, and any made without {@code new --province}, has no province.yaml; a portal
     * administrator who then writes one holding only {@code url:} (for the sitemap) gave every PDF an empty
     * province.yaml attachment, so the signed plan stopped the build and every unsigned PDF was written again.
     */
    @Test
    void aProvinceYamlWrittenOnlyForTheSitesAddressKeepsEverySignedPdf() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);

        Files.writeString(content.resolve("province.yaml"), """
                # Địa chỉ của trang
                url: https://stttt.hatinh.gov.vn/van-ban/
                """);
        Cli.Result address = build();
        assertEquals(0, address.exit(), address.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file still stands for the document");
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("https://stttt.hatinh.gov.vn/van-ban/qd-4086/"),
                "the address reached the sitemap");
        Path fresh = dir.resolve("fresh");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", fresh.toString(), "-j", "1").exit());
        try (PDDocument document = Loader.loadPDF(fresh.resolve("qd-4086").resolve(PDF).toFile())) {
            assertEquals(java.util.Set.of("plan.json", "qd-4086/plan.yaml"), document.getDocumentCatalog().getNames()
                    .getEmbeddedFiles().getNames().keySet(), "a province.yaml holding only the site's keys is not carried");
        }
    }

    /**
     * s24 review H1: {@code plandoc new --province} tells a second province to write {@code plan_register: replace}
     * into province.yaml; done as told, it made every plan of the first province (none with a register of its own, for
     * which the key changes nothing) another document: the signed one stopped the build, the others were rewritten.
     */
    @Test
    void planRegisterWrittenForASecondProvinceKeepsTheFirstProvincesSignedPdf() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);

        Files.writeString(content.resolve("province.yaml"), "plan_register: replace\n");
        Cli.Result replace = build();
        assertEquals(0, replace.exit(), replace.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file still stands for the document");
        Path fresh = dir.resolve("fresh");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", fresh.toString(), "-j", "1").exit());
        try (PDDocument document = Loader.loadPDF(fresh.resolve("qd-4086").resolve(PDF).toFile())) {
            assertEquals(java.util.Set.of("plan.json", "qd-4086/plan.yaml"), document.getDocumentCatalog().getNames()
                    .getEmbeddedFiles().getNames().keySet(), "plan_register is not carried by a plan without a register");
        }
    }

    /**
     * A PDF signed before s20 carries province.yaml with its portal's name (only {@code url:} and {@code guide:} were
     * left out): made here by putting the file as it is back into the PDF before signing. It is still the same
     * document after the portal is renamed, as a new one is.
     */
    @Test
    void aPdfSignedWhileItCarriedThePortalsNameStillStandsWhenTheNameChanges() throws Exception {
        Path province = content.resolve("province.yaml");
        // plan_register: a key the plan is made from when it has a register of its own, so province.yaml is carried
        // (s23: one left with no such key is not; s24: nor is plan_register for a plan without a register)
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("qd-4086/agencies.yaml"));
        String before = "portal: Cổng thông tin điện tử tỉnh Hà Tĩnh\nprovince: Hà Tĩnh\nplan_register: add\n";
        Files.writeString(province, before);
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        Files.write(pdf, carrying(Files.readAllBytes(pdf), "province.yaml", before));
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);
        assertEquals(before, carried(signed, "province.yaml"), "signed as a PDF of s19 was");

        Files.writeString(province, "portal: Cổng thông tin tỉnh Hà Tĩnh\nprovince: Hà Tĩnh\nhistory: public\nplan_register: add\n");
        Cli.Result renamed = build();
        assertEquals(0, renamed.exit(), renamed.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file still stands for the document");
        assertTrue(Files.readString(site.resolve("index.html")).contains("Cổng thông tin tỉnh Hà Tĩnh"), "built again");
    }

    /**
     * The sources as signed, but plan.json, what plandoc computes from them, another (as a newer plandoc may compute):
     * said as such, not as changed sources the officer would look for in vain.
     */
    @Test
    void aSignedPdfWhoseComputedDataAloneDiffersSaysSo() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        String data = carried(Files.readAllBytes(pdf), "plan.json");
        Files.write(pdf, carrying(Files.readAllBytes(pdf), "plan.json", data.replace("\"slug\"", "\"generator\" : \"x\",\n  \"slug\"")));
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);

        Cli.Result refused = build("--clean");
        assertEquals(1, refused.exit(), refused.errText());
        assertTrue(refused.errText().contains(pdf + ": lỗi: tệp PDF đã ký số (" + PDF + "): nguồn của văn bản vẫn như lúc "
                + "ký, nhưng số liệu plandoc tính ra từ nguồn (plan.json, đính kèm trong tệp PDF) khác bản đã ký"),
                refused.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
    }

    /** The PDF with its embedded file {@code name} holding {@code text} instead. */
    private static byte[] carrying(byte[] pdf, String name, String text) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var spec = embedded(document, name);
            var old = spec.getEmbeddedFile();
            var stream = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            stream.setSubtype(old.getSubtype());
            stream.setSize(text.getBytes(StandardCharsets.UTF_8).length);
            stream.setModDate(old.getModDate());
            spec.setEmbeddedFile(stream);
            spec.setEmbeddedFileUnicode(stream);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String carried(byte[] pdf, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new String(embedded(document, name).getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    private static org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification embedded(
            PDDocument document, String name) throws Exception {
        var tree = document.getDocumentCatalog().getNames().getEmbeddedFiles();
        var spec = tree.getNames() != null ? tree.getNames().get(name) : null;
        for (var kid : tree.getKids() == null ? List.<org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode>of() : tree.getKids()) {
            spec = spec != null ? spec : kid.getNames().get(name);
        }
        assertTrue(spec != null, "the PDF carries " + name);
        return spec;
    }

    @Test
    void aSourceChangedAfterSigningStopsThePlanUntilReplacedAndTheSignedFileIsArchived() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);
        Path yaml = content.resolve("qd-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("Các hệ thống thông tin dùng chung của tỉnh.",
                "Các hệ thống thông tin dùng chung của tỉnh, đã sửa sau khi ký."));
        byte[] page = Files.readAllBytes(site.resolve("qd-4086").resolve("index.html"));

        Cli.Result refused = build();
        assertEquals(1, refused.exit(), "a content error: " + refused.errText());
        assertTrue(refused.err().contains(pdf + ": lỗi: tệp PDF đã ký số (" + PDF + ") nhưng nguồn của văn bản đã thay đổi "
                        + "sau khi ký (tệp khác bản đã ký: qd-4086/plan.yaml) nên bản mới khác bản đã ký; build không thay tệp đã ký, "
                        + "trang giữ bản đã xuất bản. Để trình ký bản mới: build lại với --replace-signed (tệp đã ký được lưu "
                        + "vào thư mục luu-ban-da-ky/, không còn là bản hiện hành) rồi ký số tệp mới; nếu không định sửa văn "
                        + "bản, hãy trả nguồn về như lúc ký; nếu --content trỏ nhầm thư mục, hãy build lại với đúng thư mục "
                        + "[văn bản: qd-4086]"), refused.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is untouched");
        assertArrayEquals(page, Files.readAllBytes(site.resolve("qd-4086").resolve("index.html")),
                "the plan keeps its published version, nothing half-written");
        assertFalse(Files.exists(site.resolve("luu-ban-da-ky")));
        // Published without it: the plan counted as kept at its published version, no progress line saying it was made.
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 1 lỗi, 0 cảnh báo."), refused.out().subList(0, 1), refused.outText());
        assertTrue(refused.out().get(1).startsWith("Trang có 1/1 văn bản trong " + site + " (vẽ lại 0, giữ nguyên 0, giữ "
                + "bản đã xuất bản trước vì có lỗi 1), mất "), refused.outText());

        Cli.Result english = build("--lang", "en");
        assertEquals(1, english.exit());
        assertTrue(english.err().stream().anyMatch(line -> line.startsWith(pdf + ": error: the PDF is digitally signed ("
                + PDF + ") but the plan's sources changed after signing (files that differ from the signed ones: "
                + "qd-4086/plan.yaml)")
                && line.contains("build again with --replace-signed") && line.endsWith("[plan: qd-4086]")), english.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));

        Cli.Result replaced = build("--replace-signed");
        assertEquals(0, replaced.exit(), replaced.errText());
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        Path kept = archived.get(0);
        assertEquals(site.resolve("luu-ban-da-ky").resolve("qd-4086"), kept.getParent());
        assertTrue(kept.getFileName().toString().matches("4086-QD-UBND-da-ky-\\d{4}-\\d\\d-\\d\\d\\.pdf"), kept.toString());
        assertTrue(replaced.out().contains("Đã lưu tệp đã ký số được thay thế: " + kept + LINKED), replaced.out().toString());
        assertLinkedFromThePage(kept);
        assertArrayEquals(signed, Files.readAllBytes(kept), "the signed original, byte for byte");
        assertValid(Files.readAllBytes(kept), 1);
        byte[] now = Files.readAllBytes(pdf);
        assertEquals(0, signatures(now), "the new version, to be signed again");
        assertTrue(text(now).contains("đã sửa sau khi ký"), "made from the changed sources");
        try (Stream<Path> pages = Files.walk(site)) {
            // (plandoc's own bookkeeping, .plandoc*, records what the build wrote: not published pages)
            for (Path file : pages.filter(f -> !site.relativize(f).toString().startsWith("."))
                    .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")
                            || f.toString().endsWith(".json") || f.toString().endsWith(".js")).toList()) {
                String text = Files.readString(file);
                if (file.equals(site.resolve("qd-4086").resolve("index.html"))) {
                    continue; // the plan's own page lists it with the versions replaced (s32, above)
                }
                // The guide explains the folder in words; no other page links to it.
                assertFalse(file.endsWith(Path.of("huong-dan", "index.html")) ? text.matches("(?s).*(href|src)=\"[^\"]*luu-ban-da-ky.*")
                        : text.contains("luu-ban-da-ky"), "listed nowhere: " + file);
            }
        }
        assertEquals(0, build().exit(), "the replaced file is the archive's, not the plan's: nothing to refuse");
        assertEquals(List.of(kept), archive());
    }

    /**
     * The README's order: build, sign the decision, then build with --separate-appendices to sign an appendix.
     * The decision's new PDF is the same document (same sources and resolved plan attached) though not the
     * same bytes (its /ID): the signed file stands for it, as after a commit that changes only the metadata.
     */
    @Test
    void aSignedPdfSurvivesABuildThatChangesOnlyBytesThatSayNothingOfTheDocument() throws Exception {
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);

        Cli.Result separate = build("--separate-appendices");
        assertEquals(0, separate.exit(), separate.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed decision is kept");
        assertValid(Files.readAllBytes(pdf), 1);
        assertTrue(Files.exists(site.resolve("qd-4086").resolve(APPENDIX)), "the appendix is written to be signed");
    }

    @Test
    void aSignedSeparateAppendixIsNotDeletedByABuildThatStopsSeparateAppendices() throws Exception {
        assertEquals(0, build("--separate-appendices").exit());
        Path appendix = site.resolve("qd-4086").resolve(APPENDIX);
        sign(appendix, organisation, true);
        byte[] signed = Files.readAllBytes(appendix);

        Cli.Result refused = build("--no-separate-appendices");
        assertEquals(1, refused.exit(), refused.errText());
        assertTrue(refused.err().contains(appendix + ": lỗi: tệp PDF đã ký số (" + APPENDIX + ") mà lần build này không "
                + "tạo nữa; build không xóa tệp đã ký, trang giữ bản đã xuất bản. Nếu đó là phụ lục riêng và lần build này dùng "
                + "--no-separate-appendices, hãy build không có tùy chọn đó để tiếp tục ghi nó; nếu muốn bỏ tệp, build với --replace-signed (tệp được lưu vào "
                + "thư mục luu-ban-da-ky/) [văn bản: qd-4086]"), refused.errText());
        assertArrayEquals(signed, Files.readAllBytes(appendix));
        assertTrue(Files.exists(site.resolve("qd-4086").resolve("4086-QD-UBND-phu-luc-2.pdf")), "the plan stays as published");

        // The opt-out is remembered (other plans lost theirs): building with them again keeps the signed file.
        Cli.Result same = build("--separate-appendices");
        assertEquals(0, same.exit(), same.errText());
        assertTrue(same.out().get(same.out().size() - 1).contains("(vẽ lại 0, giữ nguyên 1)"), same.out().toString());
        assertArrayEquals(signed, Files.readAllBytes(appendix));
        assertValid(signed, 1);

        Cli.Result replaced = build("--replace-signed", "--no-separate-appendices");
        assertEquals(0, replaced.exit(), replaced.errText());
        assertFalse(Files.exists(appendix), "no longer published as current");
        assertFalse(Files.exists(site.resolve("qd-4086").resolve("4086-QD-UBND-phu-luc-2.pdf")),
                "an unsigned separate file goes as before");
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        assertTrue(archived.get(0).getFileName().toString().startsWith("4086-QD-UBND-phu-luc-1-da-ky-"), archived.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.get(0)));
    }

    @Test
    void aPlanTakenOutOfTheContentLeavesItsSignedFileInTheArchive() throws Exception {
        Files.writeString(Files.createDirectories(content.resolve("qd-4087")).resolve("plan.yaml"),
                SeparateAppendicesTest.YAML.replace("number: 4086", "number: 4087"));
        assertEquals(0, build().exit());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);
        try (Stream<Path> files = Files.walk(content.resolve("qd-4086"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        // s24 review H2: not without --replace-signed (cli.UnpublishSignedTest).
        assertEquals(1, build().exit());
        Cli.Result built = build("--replace-signed");
        assertEquals(0, built.exit(), built.errText());
        assertFalse(Files.exists(site.resolve("qd-4086")), "unpublished");
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.get(0)), "but its signed file is not deleted");
        // Its page is gone: the line said the page links it "nếu văn bản còn trên trang" (s35 review L3).
        assertTrue(built.out().contains("Đã lưu tệp đã ký số được thay thế: " + archived.get(0) + " (không còn là bản "
                + "hiện hành; không trang nào liên kết tới tệp này)"), built.out().toString());
    }

    private Cli.Result build(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    /**
     * s16 (left by s15-signed): {@code build --merge} copied a shard's plan folder over the site's, a signed PDF
     * put back unsigned. It now treats a signed file as a build does: kept when the shard's file is the document it
     * signs, refused at the file otherwise (the plan keeps its published version), archived with
     * {@code --replace-signed}.
     */
    @Test
    void aMergeKeepsRefusesOrArchivesASignedPdfAsABuildDoes() throws Exception {
        Cli.Result first = merge(shard("shard-1"));
        assertEquals(0, first.exit(), first.errText());
        Path pdf = site.resolve("qd-4086").resolve(PDF);
        sign(pdf, person, false);
        byte[] signed = Files.readAllBytes(pdf);

        // The same sources, built again by a CI job: the signed file stays, recorded with its own size.
        Cli.Result same = merge(shard("shard-2"));
        assertEquals(0, same.exit(), same.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is kept as it is");
        assertValid(Files.readAllBytes(pdf), 1);
        var files = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(plandoc.publish.StateFolder.resolve(site, plandoc.build.SiteRecord.path("qd-4086")).toFile()).get("files");
        long recorded = -1;
        for (var file : files) {
            recorded = file.get("name").asText().equals(PDF) ? file.get("size").asLong() : recorded;
        }
        assertEquals(signed.length, recorded, "the site record gives the signed file's size, as a build's does");

        Path yaml = content.resolve("qd-4086").resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("Các hệ thống thông tin dùng chung của tỉnh.",
                "Các hệ thống thông tin dùng chung của tỉnh, đã sửa sau khi ký."));
        Path changed = shard("shard-3");
        byte[] page = Files.readAllBytes(site.resolve("qd-4086").resolve("index.html"));
        Cli.Result refused = merge(changed);
        assertEquals(1, refused.exit(), "a content error: " + refused.errText());
        assertTrue(refused.err().stream().anyMatch(line -> line.startsWith(pdf + ": lỗi: tệp PDF đã ký số (" + PDF + ") nhưng "
                + "nguồn của văn bản") && line.endsWith("[văn bản: qd-4086]")), refused.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf), "the signed file is untouched");
        assertArrayEquals(page, Files.readAllBytes(site.resolve("qd-4086").resolve("index.html")),
                "the plan keeps its published version");
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-4086/"), "and stays listed");

        Cli.Result replaced = merge(changed, "--replace-signed");
        assertEquals(0, replaced.exit(), replaced.errText());
        List<Path> archived = archive();
        assertEquals(1, archived.size(), archived.toString());
        assertArrayEquals(signed, Files.readAllBytes(archived.get(0)), "the signed original, byte for byte");
        assertTrue(replaced.out().contains("Đã lưu tệp đã ký số được thay thế: " + archived.get(0) + LINKED),
                replaced.out().toString());
        // The merge links it from the page as a build does (s32): the shard, built without the site, knew nothing of it.
        assertLinkedFromThePage(archived.get(0));
        byte[] now = Files.readAllBytes(pdf);
        assertEquals(0, signatures(now), "the new version, to be signed again");
        assertTrue(text(now).contains("đã sửa sau khi ký"), "the shard's, made from the changed sources");
    }

    /** A shard output of all the plans (one CI job of one), as {@code build --shard 1/1} writes it. */
    private Path shard(String name) {
        Path out = dir.resolve(name);
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", out.toString(), "-j", "1",
                "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        return out;
    }

    private Cli.Result merge(Path shard, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "--merge", shard.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void sign(Path pdf, Path keystore, boolean organisation) {
        Cli.Result signed = organisation ? Cli.sign(PASSWORD, pdf.toString(),
                "--keystore", keystore.toString(), "--organisation")
                : Cli.sign(PASSWORD, pdf.toString(), "--keystore", keystore.toString());
        assertEquals(0, signed.exit(), signed.errText());
    }

    /** What the build says of the signed PDF it archived: the words the page links it with (s35 review L3). */
    private static final String LINKED = " (không còn là bản hiện hành; trang của văn bản liên kết tới tệp này, ghi "
            + "\"Văn bản ban hành lần đầu (đã ký số), bị thay thế ngày " + java.time.LocalDate.now(java.time.ZoneId.of(
            "Asia/Ho_Chi_Minh")).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\")";

    /**
     * s32: the signed PDF replaced is listed on the plan's page with the versions replaced, dated the day it was, and its
     * site record keeps it (path, day, why), read back as JSON.
     */
    private void assertLinkedFromThePage(Path archived) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String path = site.relativize(archived).toString().replace('\\', '/');
        String page = Files.readString(site.resolve("qd-4086").resolve("index.html"));
        // s34 review M5: the link says the copy kept is the signed one, and that its day is the day it was replaced.
        assertTrue(page.contains("<a class=\"replaced-version\" href=\"../" + path + "\">Văn bản ban hành lần đầu (đã ký số), "
                + "bị thay thế ngày " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "</a>"), page);
        var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                plandoc.publish.StateFolder.resolve(site, plandoc.build.SiteRecord.path("qd-4086")).toFile());
        var versions = record.get("archived");
        assertEquals(1, versions.size(), record.toString());
        assertEquals(path, versions.get(0).get("path").asText());
        assertEquals(today.toString(), versions.get(0).get("replaced").asText());
        assertEquals("signed-replaced", versions.get(0).get("why").asText());
    }

    private List<Path> archive() throws Exception {
        Path folder = site.resolve("luu-ban-da-ky");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static int signatures(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().size();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** {@code count} signatures, each one's CMS verifying over its byte range, the last covering the whole file. */
    private static void assertValid(byte[] pdf, int count) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(count, signatures.size());
            for (PDSignature signature : signatures) {
                // The CMS, without the zeros that pad the room kept for it.
                ContentInfo info;
                try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                    info = ContentInfo.getInstance(in.readObject());
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                        .getMatches(signer.getSID()).iterator().next();
                assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)),
                        "signature " + signature.getName() + " verifies");
            }
            int[] range = signatures.get(count - 1).getByteRange();
            assertEquals(pdf.length, range[2] + range[3], "the last signature covers the whole file");
        }
    }
}
