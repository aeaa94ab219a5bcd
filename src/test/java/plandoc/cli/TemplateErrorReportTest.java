package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slip in a province's exported template, as {@code plandoc build} prints it: placed first
 * ({@code templates/plan.ftlh:13:32: lỗi: …}) like every other error, said in the officer's language with the fix,
 * counted in the summary, exit 1 (the user's content, not a fault of plandoc).
 */
class TemplateErrorReportTest {
    @TempDir
    Path temp;

    @Test
    void aMisspeltFieldIsNamedWithTheFieldsThereAndCounted() throws IOException {
        Path templates = province();
        int[] at = edit(templates.resolve("plan.ftlh"), "${plan.info.issuer}", "${plan.info.isuer}");

        Cli.Result vi = build(templates);

        assertEquals(1, vi.exit(), vi.errText());
        String where = templates.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + 2); // FreeMarker: inside ${…}
        assertEquals(List.of(where + ": lỗi: mẫu dùng \"plan.info.isuer\" nhưng plan.info không có trường \"isuer\"; "
                + "có phải \"issuer\"? (các trường có ở đây: " + DOCUMENT_INFO + "); sửa tên trường trong mẫu; xem các "
                + "trường trong docs/format.md, mục \"Templates\" [văn bản: ke-hoach-cds-2027]"), vi.err());
        assertTrue(vi.out().contains("Đã kiểm tra 1 văn bản: 1 lỗi, 0 cảnh báo."), vi.outText());

        Cli.Result en = build(templates, "--lang", "en");
        assertEquals(List.of(where + ": error: the template uses \"plan.info.isuer\" but plan.info has no field \"isuer\"; "
                + "did you mean \"issuer\"? (fields here: " + DOCUMENT_INFO + "); correct the field name in the template; "
                + "the fields are listed in docs/format.md, \"Templates\" [plan: ke-hoach-cds-2027]"), en.err());
        assertTrue(en.out().contains("Checked 1 plan: 1 error, 0 warnings."), en.outText());
        assertEquals(1, en.exit());
    }

    @Test
    void anUnclosedValueSaysWhatIsMissingAtItsLine() throws IOException {
        Path templates = province();
        int[] at = edit(templates.resolve("plan.ftlh"), "${plan.info.issuer}", "${plan.info.issuer");

        Cli.Result vi = build(templates);

        assertEquals(1, vi.exit(), vi.errText());
        String where = templates.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + "${plan.info.issuer".length());
        // A syntax slip is the template's, whatever plan is rendered: no plan named (s14).
        assertEquals(List.of(where + ": lỗi: mẫu viết sai cú pháp: gặp `\" />` khi ${… còn chưa đóng; thêm dấu \"}\" để "
                + "đóng ${…} trước chỗ này"), vi.err());
        assertTrue(vi.out().contains("Đã kiểm tra 1 văn bản: 1 lỗi, 0 cảnh báo."), vi.outText());
        Cli.Result en = build(templates, "--lang", "en");
        assertEquals(List.of(where + ": error: template syntax error: met `\" />` while a ${… is still open; add \"}\" to "
                + "close the ${…} before this point"), en.err());
    }

    /**
     * A partial imported by the plan page and the index that does not parse: one error at the partial's line, not
     * one per plan and one more for the index (s14), then the line saying the site was left as it was.
     */
    @Test
    void aSyntaxErrorInASharedPartialIsPrintedOnceAtItsLine() throws IOException {
        Path templates = province();
        Cli.newIssued("new", "ke-hoach-cds-2028", "--content", temp.resolve("content").toString());
        Path partial = templates.resolve("partials/document.ftlh");
        int[] at = edit(partial, "<#macro pageNumber>", "<#macro pageNumber><#iff x>");

        Cli.Result vi = build(templates);

        assertEquals(1, vi.exit(), vi.errText());
        String where = partial + ":" + at[0] + ":" + (at[1] + "<#macro pageNumber><".length()); // FreeMarker: at the #
        // The site left as it was follows from that error: a note, not a second error (s15); a first build has none.
        assertEquals(List.of(where + ": lỗi: mẫu viết sai cú pháp: không có lệnh <#iff>; sửa tên lệnh; có phải \"<#if>\"?",
                "lưu ý: chưa ghi trang nào vào " + temp.resolve("site") + " (chưa có bản trước); hãy sửa lỗi trên rồi build "
                        + "lại"), vi.err());
        assertTrue(vi.out().contains("Đã kiểm tra 2 văn bản: 1 lỗi, 0 cảnh báo."), vi.outText());
        Cli.Result en = build(templates, "--lang", "en");
        assertEquals(where + ": error: template syntax error: there is no directive <#iff>; correct the directive's name; "
                + "did you mean \"<#if>\"?",
                en.err().get(0), en.errText());
        assertEquals("note: nothing was written into " + temp.resolve("site") + " (there is no previous version); fix the "
                + "problem above and build again", en.err().get(1), en.errText());
        assertEquals(2, en.err().size(), en.errText());
        assertTrue(en.out().contains("Checked 2 plans: 1 error, 0 warnings."), en.outText());
        assertEquals(1, en.exit());
    }

    /**
     * s16 tryout: a draft build stopped by a template's error said "written to site-draft" beside "Built 0 of 1", and
     * "the previous version stays" where there was none. Only a site there before is said to stay.
     */
    @Test
    void aDraftBuildThatWroteNothingDoesNotSayItWroteADraft() throws IOException {
        Cli.runNew("new", "ke-hoach-nhap", "--content", temp.resolve("content").toString());
        Path templates = temp.resolve("templates");
        assertEquals(0, Cli.run("templates", "export", templates.toString()).exit());
        Path partial = templates.resolve("partials/document.ftlh");
        String good = Files.readString(partial);
        edit(partial, "<#macro pageNumber>", "<#macro pageNumber><#iff x>");
        Path out = temp.resolve("site-draft");
        List<String> draft = List.of("build", "--draft", "--content", temp.resolve("content").toString(), "--templates",
                templates.toString(), "--out", out.toString(), "--lang", "en");

        Cli.Result first = Cli.run(draft.toArray(String[]::new));
        assertEquals(1, first.exit(), first.errText());
        assertEquals("note: nothing was written into " + out + " (there is no previous version); fix the problem above "
                + "and build again", first.err().get(1), first.errText());
        // s24 tryout L3: "Built 0 of 1 document" for a build that wrote nothing at all.
        assertTrue(first.out().get(first.out().size() - 1).startsWith("Nothing was written to " + out + " because of the "
                + "errors above: no document published or taken off, in "), first.outText());
        assertTrue(!first.outText().contains("This is a DRAFT"), first.outText());

        Files.writeString(partial, good);
        Cli.Result written = Cli.run(draft.toArray(String[]::new));
        assertEquals(0, written.exit(), written.errText());
        assertTrue(written.outText().contains("This is a DRAFT"), written.outText());

        edit(partial, "<#macro pageNumber>", "<#macro pageNumber><#iff x>");
        Cli.Result again = Cli.run(draft.toArray(String[]::new));
        assertEquals("note: the site was not updated (the previous version stays); fix the problem above and build again",
                again.err().get(1), again.errText());
    }

    /**
     * Two plans printed with a plan template that does not parse: one error. FreeMarker keeps the failed parse and
     * gave the second plan "There was an error loading the template on an earlier attempt" (English, no line), a
     * second error for the one slip (s15).
     */
    @Test
    void aPlanTemplateThatDoesNotParseIsOneErrorForEveryPlan() throws IOException {
        Path templates = province();
        Cli.newIssued("new", "ke-hoach-cds-2028", "--content", temp.resolve("content").toString());
        int[] at = edit(templates.resolve("plan.ftlh"), "${plan.info.issuer}", "${plan.info.issuer");

        Cli.Result vi = build(templates, "-j", "1");

        String where = templates.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + "${plan.info.issuer".length());
        assertEquals(List.of(where + ": lỗi: mẫu viết sai cú pháp: gặp `\" />` khi ${… còn chưa đóng; thêm dấu \"}\" để "
                + "đóng ${…} trước chỗ này"), vi.err());
        assertTrue(vi.out().contains("Đã kiểm tra 2 văn bản: 1 lỗi, 0 cảnh báo."), vi.outText());
        assertEquals(1, vi.exit());
    }

    /**
     * The guide's advice: keep in templates/ only the files the province edited. The error is at that file, not at
     * the merged copy plandoc renders from under the temporary directory (s15).
     */
    @Test
    void aFolderHoldingOnlyTheEditedTemplateIsWhereTheErrorIs() throws IOException {
        Path templates = province();
        Path plan = templates.resolve("plan.ftlh");
        int[] at = edit(plan, "${plan.info.issuer}", "${plan.info.issuer");
        Path alone = temp.resolve("templates-alone");
        Files.createDirectories(alone);
        Files.copy(plan, alone.resolve("plan.ftlh"));

        Cli.Result vi = build(alone);

        String where = alone.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + "${plan.info.issuer".length());
        assertEquals(1, vi.err().size(), vi.errText());
        assertTrue(vi.err().get(0).startsWith(where + ": lỗi: mẫu viết sai cú pháp: "), vi.errText());
        assertEquals(1, vi.exit());
    }

    /**
     * {@code check} parses a province's edited templates: a syntax slip is said there, as {@code build} says it,
     * not first met at the build (s15). Templates left as plandoc's own are not parsed (nothing to say).
     */
    @Test
    void checkSaysATemplateThatDoesNotParse() throws IOException {
        Path templates = province();
        Cli.Result clean = Cli.run("check", "--content", temp.resolve("content").toString(),
                "--templates", templates.toString());
        assertEquals(0, clean.exit(), clean.errText());
        assertEquals(List.of(), clean.err());

        int[] at = edit(templates.resolve("plan.ftlh"), "${plan.info.issuer}", "${plan.info.issuer");
        Cli.Result vi = Cli.run("check", "--content", temp.resolve("content").toString(),
                "--templates", templates.toString());

        String where = templates.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + "${plan.info.issuer".length());
        assertEquals(List.of(where + ": lỗi: mẫu viết sai cú pháp: gặp `\" />` khi ${… còn chưa đóng; thêm dấu \"}\" để "
                + "đóng ${…} trước chỗ này"), vi.err());
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 1 lỗi, 0 cảnh báo."), vi.out());
        assertEquals(1, vi.exit());
        Cli.Result en = Cli.run("check", "--lang", "en", "--content", temp.resolve("content").toString(),
                "--templates", templates.toString());
        assertEquals(List.of(where + ": error: template syntax error: met `\" />` while a ${… is still open; add \"}\" to "
                + "close the ${…} before this point"), en.err());
        assertEquals(1, en.exit());
    }

    /**
     * s15-errors: a tag typed inside an unclosed {@code ${…}} ({@code ${line<#sep>}) was FreeMarker's "Lexical error:
     * encountered "s" (115), after "#"." quoted as it came. It is said as what was written, where, and how to close it,
     * by {@code check} and {@code build} alike.
     */
    @Test
    void aTagInsideAnUnclosedValueIsSaidInTheOfficersWords() throws IOException {
        Path templates = province();
        int[] at = edit(templates.resolve("plan.ftlh"), "${line}</p>", "${line<#sep></p>");
        String where = templates.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + "${line<#".length());
        String vi = where + ": lỗi: mẫu viết sai cú pháp: thẻ `<#sep>` nằm bên trong ${… mở ở cột " + at[1]
                + " mà chưa đóng; thêm dấu \"}\" để đóng ${…} trước thẻ này, ví dụ `${line}<#sep>`";

        Cli.Result check = Cli.run("check", "--content", temp.resolve("content").toString(), "--templates",
                templates.toString());
        assertEquals(List.of(vi), check.err());
        assertEquals(1, check.exit());
        Cli.Result build = build(templates);
        assertEquals(List.of(vi), build.err());
        assertEquals(1, build.exit());
        Cli.Result en = Cli.run("check", "--lang", "en", "--content", temp.resolve("content").toString(), "--templates",
                templates.toString());
        assertEquals(List.of(where + ": error: template syntax error: the tag `<#sep>` is inside a ${… opened at column "
                + at[1] + " and not closed; add \"}\" to close the ${…} before this tag, e.g. `${line}<#sep>`"), en.err());
    }

    /** FreeMarker's other lexical slips: a character no expression takes; a string not closed, said where it opens. */
    @Test
    void otherLexicalSlipsAreSaidWithoutFreeMarkersWords() throws IOException {
        Path templates = province();
        int[] at = edit(templates.resolve("plan.ftlh"), "${line}</p>", "${line § 1}</p>");
        Cli.Result character = Cli.run("check", "--lang", "en", "--content", temp.resolve("content").toString(),
                "--templates", templates.toString());
        assertEquals(List.of(templates.resolve("plan.ftlh") + ":" + at[0] + ":" + (at[1] + "${line ".length())
                + ": error: template syntax error: the character \"§\" cannot be used in an expression (inside ${…} or a"
                + " <#…> tag); remove it, or if it is text to print, write it outside the ${…} or inside \"…\" quotes"),
                character.err());

        // A quote never closed in the rest of the file: FreeMarker stops at its end, the message names where it opened.
        Path alone = Files.createDirectories(temp.resolve("alone"));
        Files.writeString(alone.resolve("ghi-chu.ftlh"), "<p>${\"Ghi chú}</p>\n<p>${plan.title}</p>\n");
        List<plandoc.render.TemplateError> errors = plandoc.render.html.TemplateEngine.syntaxErrors(alone,
                List.of("ghi-chu.ftlh"));
        assertEquals(1, errors.size());
        assertEquals("mẫu viết sai cú pháp: chuỗi `\"Ghi chú}</p>` mở bằng dấu \" ở dòng 1, cột 6 chưa được đóng, nên cả"
                + " phần còn lại của tệp bị đọc là chuỗi đó; thêm dấu \" ở cuối chuỗi",
                plandoc.diagnostic.Messages.forLanguage("vi").format(errors.get(0).toProblem().message()));
        assertTrue(!character.errText().contains("Lexical") && !character.errText().contains("FreeMarker"),
                character.errText());
    }

    /** No templates folder (a province using plandoc's own): nothing to parse, and no FreeMarker set up on a folder that is not there. */
    @Test
    void noTemplatesFolderHasNothingToParse() throws IOException {
        Path none = temp.resolve("templates");
        assertEquals(List.of(), plandoc.templates.TemplateFolder.edited(none));
        assertEquals(List.of(), plandoc.render.html.TemplateEngine.syntaxErrors(none,
                plandoc.templates.TemplateFolder.edited(none)));
    }

    /** The components of resolved.DocumentInfo, as a template reads them. */
    private static final String DOCUMENT_INFO = String.join(", ", java.util.Arrays.stream(
            plandoc.resolved.DocumentInfo.class.getRecordComponents()).map(c -> c.getName()).toList());

    /** A new province's starter plan, issued, and the default templates exported beside it. */
    private Path province() {
        Path content = temp.resolve("content");
        Cli.newIssued("new", "ke-hoach-cds-2027", "--content", content.toString(), "--province", "Tuyên Quang");
        Path templates = temp.resolve("templates");
        assertEquals(0, Cli.run("templates", "export", templates.toString()).exit());
        return templates;
    }

    private Cli.Result build(Path templates, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", temp.resolve("content").toString(),
                "--templates", templates.toString(), "--out", temp.resolve("site").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Replaces the first {@code from} in {@code file}; its 1-based line and column. */
    private static int[] edit(Path file, String from, String to) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(from);
            if (column >= 0) {
                lines.set(i, lines.get(i).replace(from, to));
                Files.write(file, lines, StandardCharsets.UTF_8);
                return new int[]{i + 1, column + 1};
            }
        }
        throw new AssertionError(from + " not in " + file);
    }
}
