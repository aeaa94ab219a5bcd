package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F1: an issued decision edited in place was printed again under its number and date, the issued text gone
 * from the portal without a word. A published issued document is frozen: a build whose sources and resolved document
 * both differ from the published ones stops at its plan.yaml, the site keeping what it published; {@code --reissue}
 * publishes the new version, keeps the old PDF in ban-da-thay-the/ and links it from the page. Not an edit: a comment
 * in plan.yaml (the document is the same), a plandoc that computes the same sources otherwise (the sources are the
 * same).
 */
class IssuedFreezeBuildTest {
    private static final Path ISSUED = ErrorCasesTest.ERRORS.resolve("number-taken").resolve("qd-ban-hanh");
    private static final String TEXT = "text: Sửa đổi, bổ sung kế hoạch thử.";
    private static final String EDITED = "text: Sửa đổi, bổ sung kế hoạch thử nghiệm.";

    @TempDir
    Path dir;

    @Test
    void anEditedIssuedDocumentStopsAndIsReissuedOnlyWhenAsked() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);
        Path pdf = site.resolve("qd").resolve("1520-QD-UBND.pdf");
        byte[] issued = Files.readAllBytes(pdf);

        edit(plan, TEXT, EDITED);
        Cli.Result stopped = build(content, site);
        assertEquals(1, stopped.exit(), stopped.errText());
        List<String> frozen = stopped.err().stream().filter(l -> l.contains("đã ban hành và đã đăng")).toList();
        assertEquals(1, frozen.size(), stopped.errText());
        // s34: at the first character edited (line 19, after "thử"), with the line as published, to put it back.
        String at = plan + ":19:" + ("      text: Sửa đổi, bổ sung kế hoạch thử".length() + 1);
        assertTrue(frozen.get(0).startsWith(at + ": lỗi: văn bản 1520/QĐ-UBND "
                + "ngày 15/06/2026 đã ban hành và đã đăng trên trang, nhưng nguồn của nó đã sửa sau khi đăng (tệp khác bản đã "
                + "đăng: plan.yaml; chỗ sửa đầu tiên ở dòng 19, bản đã đăng ghi: " + TEXT + ")"), frozen.get(0));
        // The command to paste, as the notes give it (s37 new-user review L1).
        assertTrue(frozen.get(0).contains("build lại với --reissue (bản cũ được lưu vào thư mục ban-da-thay-the/, trang "
                + "văn bản liên kết tới nó): ./plandoc build --reissue " + plan.getParent() + " --out " + site),
                frozen.get(0));
        assertArrayEquals(issued, Files.readAllBytes(pdf), "the issued decision stays as published");

        Cli.Result english = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(1, english.exit(), english.errText());
        assertTrue(english.err().stream().anyMatch(l -> l.startsWith(at + ": error: document 1520/QĐ-UBND dated "
                + "15/06/2026 is issued and published on the site, but its sources were edited after it was published "
                + "(files that differ from the published ones: plan.yaml; the first edit is on line 19, which the "
                + "published version has as: " + TEXT + ")") && l.contains("build again with --reissue")),
                english.errText());

        Cli.Result reissued = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, reissued.exit(), reissued.errText());
        Path archive = site.resolve("ban-da-thay-the").resolve("qd");
        List<Path> kept;
        try (var files = Files.list(archive)) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        String name = kept.get(0).getFileName().toString();
        assertTrue(name.matches("1520-QD-UBND-thay-the-\\d{4}-\\d{2}-\\d{2}\\.pdf"), name);
        assertArrayEquals(issued, Files.readAllBytes(kept.get(0)), "the issued PDF is kept byte for byte");
        assertFalse(java.util.Arrays.equals(issued, Files.readAllBytes(pdf)), "the new version is published");
        assertTrue(reissued.out().stream().anyMatch(l -> l.startsWith("Đã lưu bản trước của văn bản đã ban hành: "
                + site.resolve("ban-da-thay-the/qd/" + name))), String.join("\n", reissued.out()));
        String day = name.substring("1520-QD-UBND-thay-the-".length(), name.length() - ".pdf".length());
        String shown = day.substring(8, 10) + "/" + day.substring(5, 7) + "/" + day.substring(0, 4);
        assertTrue(Files.readString(site.resolve("qd").resolve("index.html")).contains("<a class=\"replaced-version\" "
                + "href=\"../ban-da-thay-the/qd/" + name + "\">Văn bản ban hành lần đầu, bị thay thế ngày " + shown + "</a>"),
                "the page links it, the text as first issued");
    }

    @Test
    void aCommentOrAPlandocComputingOtherwiseIsNoEdit() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);

        // A comment: the sources differ, the document is the same (not published: see the test below).
        edit(plan, "# An issued decision;", "# Checked again. An issued decision;");
        Cli.Result comment = build(content, site);
        assertEquals(0, comment.exit(), comment.errText());
        edit(plan, "# Checked again. An issued decision;", "# An issued decision;");

        // Another plandoc's plan.json (as an older one computed it) with the same sources: --clean prints it again.
        Path data = site.resolve("qd").resolve("plan.json");
        Files.writeString(data, Files.readString(data).replace("\"format\"", "\"formerly\""));
        Cli.Result upgraded = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--clean");
        assertEquals(0, upgraded.exit(), upgraded.errText());
    }

    /**
     * s34 review L2: an edit that changes nothing printed (there the final "." plandoc prints anyway; here a
     * comment) built with exit 0 and no word, and the site's record of the sources took the edit while the PDF
     * carries the sources as issued. Now the site keeps the published files and sources, the build says so once at
     * the place edited, and a build of the decision's folder with --reissue publishes the edit.
     */
    @Test
    void anEditThatChangesNothingPrintedIsNotPublishedAndSaidOnce() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = Files.createDirectories(content.resolve("qd")).resolve("plan.yaml");
        Files.copy(ISSUED.resolve("plan.yaml"), plan);
        assertEquals(0, build(content, site).exit());
        Path pdf = site.resolve("qd").resolve("1520-QD-UBND.pdf");
        byte[] issued = Files.readAllBytes(pdf);
        String issuedSource = Files.readString(plan);
        Path record = dir.resolve(".plandoc").resolve("site").resolve("published").resolve("qd").resolve("qd")
                .resolve("plan.yaml");
        assertEquals(issuedSource, Files.readString(record));
        assertEquals(issuedSource, carried(issued, "qd/plan.yaml"));

        edit(plan, COMMENT, COMMENT + " Checked again.");
        Cli.Result comment = build(content, site);
        assertEquals(0, comment.exit(), comment.errText());
        List<String> notices = comment.err().stream().filter(l -> l.contains("văn bản in ra không đổi gì")).toList();
        assertEquals(1, notices.size(), comment.errText());
        // Where the comment was edited, with the line as published.
        String at = plan + ":1:" + (COMMENT.length() + 1);
        assertTrue(notices.get(0).startsWith(at + ": lưu ý: văn bản 1520/QĐ-UBND ngày 15/06/2026 đã ban hành và đã "
                + "đăng trên trang; nguồn của nó đã sửa sau khi đăng (tệp khác bản đã đăng: plan.yaml; chỗ sửa đầu tiên ở "
                + "dòng 1, bản đã đăng ghi: # An issued decision;"), notices.get(0));
        assertTrue(notices.get(0).contains(") nhưng văn bản in ra không đổi gì, nên bản sửa không được đăng"),
                notices.get(0));
        // s35 review M1: the command repeats the --out of this build (without it, another site in ./site); s36 review
        // L2: it starts with plandoc as the user started it (the tests' classes folder: the wrapper, ./plandoc), as the
        // other messages' commands do, so that a pasted line runs.
        String command = "./plandoc build --reissue " + plan.getParent() + " --out " + site;
        assertTrue(notices.get(0).contains("chạy: " + command + " ["), notices.get(0));
        assertArrayEquals(issued, Files.readAllBytes(pdf), "the issued PDF stays as published");
        assertEquals(issuedSource, carried(Files.readAllBytes(pdf), "qd/plan.yaml"));
        assertEquals(issuedSource, Files.readString(record), "the record keeps the sources the PDF carries");

        // Said once: the next build keeps it as it is, without a word; so do builds that render it again, in
        // English and then in Vietnamese (s35 review M4: the note came back when the page was rendered again), with
        // --clean, and without the build cache (s36: the cache held what was said; the site holds it now).
        Cli.Result again = build(content, site);
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.err().stream().noneMatch(l -> l.contains("văn bản in ra không đổi gì")), again.errText());
        Path cache = plandoc.publish.StateFolder.resolve(site, ".plandoc/cache.json");
        for (List<String> lang : List.of(List.of("--lang", "en"), List.<String>of(), List.of("--clean"),
                List.of("lost cache"))) {
            List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                    site.toString(), "-j", "1"));
            if (lang.equals(List.of("lost cache"))) {
                Files.delete(cache);
            } else {
                args.addAll(lang);
            }
            Cli.Result rendered = Cli.run(args.toArray(String[]::new));
            assertEquals(0, rendered.exit(), rendered.errText());
            assertTrue(rendered.err().stream().noneMatch(l -> l.contains(":1:" + (COMMENT.length() + 1) + ": ")),
                    lang + ": " + rendered.errText());
            assertArrayEquals(issued, Files.readAllBytes(pdf));
        }

        // --reissue of the whole content re-issues no unprinted edit; s35 review M2: it says which document holds
        // one and its folder's command, not that no source was edited; s36: in the one note of the build.
        Cli.Result all = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, all.exit(), all.errText());
        assertEquals(List.of("lưu ý: --reissue: 1 văn bản đã ban hành và đã đăng có nguồn sửa sau khi đăng mà văn bản "
                + "in ra không đổi gì: 1520/QĐ-UBND (" + at + "). build --reissue cả thư mục nội dung không đăng các "
                + "bản sửa này (trang giữ nguyên các tệp đã đăng, kể cả nguồn kèm trong tệp PDF). Muốn đăng bản sửa "
                + "của văn bản nào thì build riêng thư mục của nó với --reissue (tệp PDF mới mang nguồn đã sửa, bản "
                + "cũ lưu vào ban-da-thay-the/):", "  " + command), all.err());
        assertArrayEquals(issued, Files.readAllBytes(pdf), "a whole --reissue re-issues no unprinted edit");
        assertEquals(issuedSource, Files.readString(record));

        // The command as the note gives it: the decision's folder published into this site, the issued PDF archived.
        List<String> typed = new java.util.ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
        typed.addAll(List.of("-j", "1"));
        Cli.Result reissued = Cli.run(typed.toArray(String[]::new));
        assertEquals(0, reissued.exit(), reissued.errText());
        assertEquals(Files.readString(plan), carried(Files.readAllBytes(pdf), "qd/plan.yaml"));
        assertEquals(Files.readString(plan), Files.readString(record));
        try (var files = Files.list(site.resolve("ban-da-thay-the").resolve("qd"))) {
            List<Path> kept = files.toList();
            assertEquals(1, kept.size(), kept.toString());
            assertArrayEquals(issued, Files.readAllBytes(kept.get(0)));
        }
        // s36 review M2: the print is the same, so the issued decision is not said to be replaced ("bị thay thế"):
        // the page and the console say its sources were published again and the text did not change.
        String today = plandoc.compute.VietnameseDates.short_(java.time.LocalDate.now(plandoc.model.VietnamTime.ZONE));
        String label = "Bản đăng lần đầu; nguồn đăng lại ngày " + today + ", nội dung văn bản không thay đổi";
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("qd").resolve("index.html").toFile());
        assertEquals(List.of(label), page.select("a.replaced-version").eachText());
        assertTrue(reissued.out().stream().anyMatch(l -> l.startsWith("Đã lưu bản trước của văn bản đã ban hành: ")
                && l.endsWith("ghi \"" + label + "\")")), reissued.outText());
        assertTrue(reissued.outText().lines().noneMatch(l -> l.contains("thay thế ngày")), reissued.outText());
    }

    /**
     * s36 review H1: an issued document whose PDF is signed and whose plan.yaml then gets a comment stopped every build,
     * plain or {@code --reissue}, at the signed PDF ("nguồn … đã thay đổi sau khi ký … --replace-signed"), though
     * nothing printed changed; a whole {@code --reissue} said no published document had an edited source. The edit is
     * held back as for an unsigned PDF: exit 0, the signed file as signed, the note once; publishing the edit (its
     * folder's {@code --reissue}) would replace the signed file, and still asks for {@code --replace-signed}.
     */
    @Test
    void anEditThatChangesNothingPrintedKeepsASignedPdf() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);
        Path pdf = site.resolve("qd").resolve("1520-QD-UBND.pdf");
        Path keystore = SignCommandTest.keystore(dir, "thu-ky", "Nguyễn Văn A", SignCommandTest.TestCa.create());
        Cli.Result sign = Cli.sign("mat-khau-thu", pdf.toString(), "--keystore", keystore.toString());
        assertEquals(0, sign.exit(), sign.errText());
        byte[] signed = Files.readAllBytes(pdf);
        String issuedSource = Files.readString(plan);
        Path record = dir.resolve(".plandoc").resolve("site").resolve("published").resolve("qd").resolve("qd")
                .resolve("plan.yaml");

        edit(plan, COMMENT, COMMENT + " Checked again.");
        String at = plan + ":1:" + (COMMENT.length() + 1);
        List<String> notes = new java.util.ArrayList<>();
        for (int n = 0; n < 3; n++) {
            Cli.Result build = build(content, site);
            assertEquals(0, build.exit(), n + ": " + build.errText());
            assertTrue(build.err().stream().noneMatch(l -> l.contains("đã ký số")), n + ": " + build.errText());
            build.err().stream().filter(l -> l.contains("văn bản in ra không đổi gì")).forEach(notes::add);
            assertArrayEquals(signed, Files.readAllBytes(pdf), n + ": the signed PDF stays as signed");
        }
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith(at + ": lưu ý: văn bản 1520/QĐ-UBND ngày 15/06/2026 đã ban hành"),
                notes.get(0));
        assertEquals(issuedSource, Files.readString(record), "the record keeps the sources the signed PDF carries");

        // A whole --reissue names the held-back edit, not "no published document has an edited source".
        Cli.Result all = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, all.exit(), all.errText());
        assertTrue(all.err().get(0).startsWith("lưu ý: --reissue: 1 văn bản đã ban hành và đã đăng có nguồn sửa sau "
                + "khi đăng mà văn bản in ra không đổi gì: 1520/QĐ-UBND (" + at + ")."), all.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));

        // Its folder's --reissue would publish the edit in a new PDF: the signed one is not replaced unasked.
        Cli.Result reissue = Cli.run("build", "--reissue", plan.getParent().toString(), "--out", site.toString(),
                "-j", "1");
        assertEquals(1, reissue.exit(), reissue.errText());
        assertTrue(reissue.errText().contains(pdf + ": lỗi: tệp PDF đã ký số (1520-QD-UBND.pdf) nhưng nguồn của văn "
                + "bản đã thay đổi sau khi ký (tệp khác bản đã ký: qd/plan.yaml)"), reissue.errText());
        assertTrue(reissue.errText().contains("build lại với --replace-signed"), reissue.errText());
        assertArrayEquals(signed, Files.readAllBytes(pdf));
        assertEquals(issuedSource, Files.readString(record));
    }

    /**
     * s36: a whole content folder's {@code --reissue} said each held-back edit in a note of its own, a paragraph each;
     * it says them in one note now: the documents at their first place edited, then the command for each folder.
     */
    @Test
    void aWholeReissueSaysTheHeldBackEditsInOneNote() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path first = Files.createDirectories(content.resolve("qd")).resolve("plan.yaml");
        Files.copy(ISSUED.resolve("plan.yaml"), first);
        Path second = Files.createDirectories(content.resolve("qd-2")).resolve("plan.yaml");
        Files.writeString(second, Files.readString(first).replace("number: 1520", "number: 1521"));
        assertEquals(0, build(content, site).exit());
        Path pdf = site.resolve("qd-2").resolve("1521-QD-UBND.pdf");
        byte[] issued = Files.readAllBytes(pdf);

        edit(second, COMMENT, COMMENT + " Checked again.");
        edit(first, COMMENT, COMMENT + " Checked.");
        Cli.Result all = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, all.exit(), all.errText());
        String col = ":1:" + (COMMENT.length() + 1);
        assertEquals(List.of("lưu ý: --reissue: 2 văn bản đã ban hành và đã đăng có nguồn sửa sau khi đăng mà văn bản "
                + "in ra không đổi gì: 1520/QĐ-UBND (" + first + col + "), 1521/QĐ-UBND (" + second + col + "). build "
                + "--reissue cả thư mục nội dung không đăng các bản sửa này (trang giữ nguyên các tệp đã đăng, kể cả "
                + "nguồn kèm trong tệp PDF). Muốn đăng bản sửa của văn bản nào thì build riêng thư mục của nó với "
                + "--reissue (tệp PDF mới mang nguồn đã sửa, bản cũ lưu vào ban-da-thay-the/):",
                "  ./plandoc build --reissue " + first.getParent() + " --out " + site,
                "  ./plandoc build --reissue " + second.getParent() + " --out " + site), all.err());
        assertArrayEquals(issued, Files.readAllBytes(pdf), "a whole --reissue re-issues no unprinted edit");

        Cli.Result english = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue", "--lang", "en");
        assertEquals(0, english.exit(), english.errText());
        assertEquals(3, english.err().size(), english.errText());
        assertTrue(english.err().get(0).startsWith("note: --reissue: 2 issued, published documents have their sources "
                + "edited after publication while nothing printed changed: 1520/QĐ-UBND (" + first + col + "), "
                + "1521/QĐ-UBND (" + second + col + ")."), english.errText());
        assertEquals("  ./plandoc build --reissue " + second.getParent() + " --out " + site + " --lang en", english.err().get(2));

        // The second command as given: that document alone re-issued, with the sources as edited.
        List<String> typed = new java.util.ArrayList<>(List.of(all.err().get(2).strip().split(" ")));
        assertEquals("./plandoc", typed.remove(0), "the launcher, as the user started plandoc");
        typed.addAll(List.of("-j", "1"));
        Cli.Result reissued = Cli.run(typed.toArray(String[]::new));
        assertEquals(0, reissued.exit(), reissued.errText());
        assertEquals(Files.readString(second), carried(Files.readAllBytes(pdf), "qd-2/plan.yaml"));
        assertFalse(Files.exists(site.resolve("ban-da-thay-the").resolve("qd")), "the other stays as issued");
    }

    /**
     * s36: an issued, published document whose plan.yaml is turned back into a draft leaves the portal (as a deleted
     * folder does); with -q the build did so without a word. The line that says it is printed even with -q.
     */
    @Test
    void anIssuedDocumentTurnedBackIntoADraftLeavesTheSiteSaidEvenQuiet() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);
        edit(plan, "  number: 1520\n", "  draft: true\n");
        Cli.Result quiet = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1", "-q");
        assertEquals(0, quiet.exit(), quiet.errText());
        assertFalse(Files.exists(site.resolve("qd")), "the draft is not on the portal");
        assertTrue(quiet.out().stream().anyMatch(l -> l.startsWith("Đã gỡ qd khỏi " + site + ": đây là bản dự thảo")),
                String.join("\n", quiet.out()));
    }

    private static final String COMMENT = "# An issued decision; qd-chep-lai is its folder copied for a new one, the "
            + "number left as it was (s30 tryout F3).";

    /** The source {@code name} the PDF carries (PDFBox: the embedded files' name tree). */
    static String carried(byte[] pdf, String name) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var tree = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            var spec = tree.getNames() != null ? tree.getNames().get(name) : null;
            for (var kid : tree.getKids() == null ? List.<org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode>of()
                    : tree.getKids()) {
                spec = spec != null ? spec : kid.getNames().get(name);
            }
            assertTrue(spec != null, "the PDF carries " + name);
            return new String(spec.getEmbeddedFile().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * s34 review L1: {@code --reissue} and {@code --unpublish} on a build with nothing to re-issue or take off say so in
     * a note, exit 0 — on a build answered from its record (nothing changed) and on one that renders (a comment).
     */
    @Test
    void reissueOrUnpublishWithNothingToDoIsSaid() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site);
        String reissueNote = "lưu ý: --reissue: lần build này không ban hành lại văn bản nào: không văn bản nào đăng "
                + "trên " + site + " có nguồn sửa sau khi đăng. Tùy chọn này chỉ dùng khi build báo văn bản đã ban "
                + "hành và đã đăng bị sửa (lỗi, hoặc lưu ý rằng bản sửa chưa được đăng); các lần build khác không cần nó";
        // s35 review L7: both uses README gives, the other content folder's too (it named only taking every one off).
        String unpublishNote = "lưu ý: --unpublish: lần build này không gỡ văn bản nào khỏi " + site + ": các văn bản "
                + "trang đang đăng vẫn có trong thư mục nội dung " + content + ". Tùy chọn này chỉ dùng để xác nhận khi "
                + "build dừng lại vì thư mục nội dung không có văn bản nào trang đang đăng (gỡ mọi văn bản), hoặc vì "
                + "thư mục nội dung đã đọc không phải thư mục build lần trước mà lần build này sẽ gỡ văn bản, chuyển "
                + "văn bản sang thư mục khác hay thay bản đang đăng; các lần build khác không cần nó";

        Cli.Result unchanged = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue", "--unpublish");
        assertEquals(0, unchanged.exit(), unchanged.errText());
        assertEquals(List.of(reissueNote, unpublishNote), unchanged.err());
        Cli.Result english = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--unpublish", "--lang", "en");
        assertEquals(List.of("note: --unpublish: this build took no document off " + site + ": the documents the site "
                + "publishes are still in the content folder " + content + ". The option only confirms a build that "
                + "stopped because the content folder holds none of the documents the site publishes (taking every one "
                + "off), or because it read another content folder than the last build and would take documents off, "
                + "move them to other folders or replace their published versions; other builds do not need it"),
                english.err());

        edit(plan, "# An issued decision;", "# Checked again. An issued decision;");
        Cli.Result comment = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue", "--lang", "en");
        assertEquals(0, comment.exit(), comment.errText());
        // A comment changes nothing printed: the edit is kept unpublished, and that note (which names
        // build --reissue <folder>) answers the flag; no second note claims that nothing was edited.
        assertEquals(2, comment.err().size(), comment.errText());
        assertTrue(comment.err().get(0).startsWith("note: --reissue: 1 issued, published document has its sources "
                + "edited after publication while nothing printed changed: 1520/QĐ-UBND (" + plan + ":1:3)."),
                comment.errText());
        // s35 review M1: with the options that chose the site, English pages included.
        assertEquals("  ./plandoc build --reissue " + plan.getParent() + " --out " + site + " --lang en", comment.err().get(1));

        edit(plan, TEXT, EDITED);
        Cli.Result reissued = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--reissue");
        assertEquals(0, reissued.exit(), reissued.errText());
        assertTrue(reissued.err().stream().noneMatch(l -> l.contains("--reissue")), reissued.errText());
    }

    /** The issued decision published from {@code content/qd}: its plan.yaml. */
    private static Path published(Path content, Path site) throws Exception {
        Path plan = Files.createDirectories(content.resolve("qd")).resolve("plan.yaml");
        Files.copy(ISSUED.resolve("plan.yaml"), plan);
        assertEquals(0, build(content, site).exit());
        return plan;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Cli.Result build(Path content, Path site) {
        return Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
    }
}
