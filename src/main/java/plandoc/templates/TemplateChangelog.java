package plandoc.templates;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in each bundled template, version by version: the one place a template's version is raised.
 * A template's current version is its last entry here, and the marker line of the file in {@code templates/}
 * must say the same ({@code TemplateChangelogTest}). A province's copy at an older version does not print
 * what the entries after it added; {@link TemplateVersions} lists them in its warning.
 *
 * <p>To change a template in a way a province's copy would miss: add an entry with the next version here
 * (one short line in each language, saying what the template now prints or does) and raise the number on the
 * template's marker line. A change that a copy made earlier does not miss (a comment, spacing) needs neither.
 */
public final class TemplateChangelog {
    /** One version of one template: what it added, as an officer would notice it. */
    public record Change(String template, int version, String vi, String en) {
        public String text(String language) {
            return language.equals("en") ? en : vi;
        }
    }

    // Versions 1 to 3 record the changes of sessions 11-12 (git history of templates/) that a copy exported
    // before the markers most likely misses; a copy without a marker is counted as version 0.
    private static final List<Change> CHANGES = List.of(
            new Change("plan.ftlh", 1,
                    "chữ của khung trang (đầu trang, liên kết, tải về) theo ngôn ngữ --lang",
                    "the page's own words (header, links, downloads) in the --lang language"),
            new Change("plan.ftlh", 2,
                    "in tiêu đề của Điều, chữ đậm trên dòng riêng: \"Điều 2. Tổ chức thực hiện\" (title: của Điều trong plan.yaml)",
                    "prints an article's title, bold on its own line: \"Điều 2. Tổ chức thực hiện\" (the article's title: in plan.yaml)"),
            new Change("plan.ftlh", 3,
                    "tên phụ lục ngắt dòng giữa các cụm từ (\"giai đoạn 2021-2025\", số văn bản không bị tách)",
                    "appendix titles break between phrases (\"giai đoạn 2021-2025\", a document number stays on one line)"),
            new Change("plan.ftlh", 4,
                    "khoảng ký cao thêm khi con dấu lớn, để dấu không che tên người ký",
                    "the signing space grows for a large seal, so the seal does not cover the signer's name"),
            new Change("plan.ftlh", 5,
                    "phần tải về ghi tệp PDF đã ký số, ai ký và ngày ký (signedPdf, signedNote)",
                    "the downloads say the PDF is digitally signed, by whom and when (signedPdf, signedNote)"),
            new Change("plan.ftlh", 6,
                    "trang văn bản ban hành lại (build --reissue) liên kết các bản đã thay thế: \"Bản đã thay thế ngày …\" (replaced);"
                            + " văn bản bị thay thế, hết hiệu lực có dòng báo ở đầu trang, văn bản thay thế ghi văn bản nó thay thế"
                            + " (partials/standing.ftlh; hieu-luc.yaml); trang ghi văn bản được sửa đổi, bổ sung, đính chính bởi"
                            + " văn bản nào, và văn bản mới sửa đổi, đính chính văn bản nào (partials/related.ftlh; amends:, corrects:)",
                    "the page of a re-issued document (build --reissue) links the versions it replaced (replaced); a replaced or"
                            + " expired document's page says so at its top, the replacing one names what it replaces"
                            + " (partials/standing.ftlh; hieu-luc.yaml); the page names the documents amending or correcting"
                            + " it, and those it amends or corrects (partials/related.ftlh; the document's amends:, corrects:)"),
            new Change("plan.ftlh", 7,
                    "dòng thẩm quyền ban hành trên phần căn cứ của quyết định in đúng người quyết định: tập thể (ỦY BAN NHÂN DÂN"
                            + " TỈNH …) hoặc người đứng đầu (GIÁM ĐỐC SỞ …, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …) (header.enactingAuthority;"
                            + " enacting_authority:)",
                    "the enacting authority above a decision's legal bases names who decides: the body (ỦY BAN NHÂN DÂN TỈNH …)"
                            + " or its head alone (GIÁM ĐỐC SỞ …, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …) (header.enactingAuthority;"
                            + " enacting_authority:)"),
            new Change("plan.ftlh", 8,
                    "các bản đã thay thế của văn bản ban hành lại nằm chung một nhóm \"Các bản trước:\" cùng liên kết lịch sử"
                            + " văn bản; bản cũ nhất ghi \"văn bản ban hành lần đầu\" (div class=\"versions\", version.asIssued)",
                    "a re-issued document's replaced versions are one group, \"Earlier versions:\", with the history link; the"
                            + " oldest says \"the text as first issued\" (div class=\"versions\", version.asIssued)"),
            new Change("plan.ftlh", 9,
                    "tiêu đề trang của bản dự thảo ghi \"Dự thảo Kế hoạch (chưa có số): …\" thay cho \"Kế hoạch /KH-UBND: …\""
                            + " (fileLabels.pageTitle, info.subject)",
                    "a draft's page title reads \"Dự thảo Kế hoạch (chưa có số): …\" instead of \"Kế hoạch /KH-UBND: …\""
                            + " (fileLabels.pageTitle, info.subject)"),
            new Change("plan.ftlh", 10,
                    "mỗi bản trước ghi rõ là bản nào, bản đã ký số ghi \"(đã ký số)\", ngày là ngày bị thay thế: \"Bản ban hành"
                            + " lại (đã ký số), bị thay thế ngày 08/12/2026\" (version.label)",
                    "each earlier version says what it is, a signed one \"(digitally signed)\", and its day is the day it was"
                            + " replaced: \"Re-issued version (digitally signed), replaced on 08/12/2026\" (version.label)"),
            new Change("plan.ftlh", 11,
                    "đường kẻ dưới trích yếu dài bằng 2/5 dòng trích yếu (tối đa 55 mm), không cố định 55 mm: trích yếu"
                            + " ngắn không còn đường kẻ dài hơn nửa dòng (header.titleRule, body.titleRule)",
                    "the rule under the trích yếu is 2/5 of its line (at most 55 mm), not a fixed 55 mm: a short"
                            + " trích yếu no longer has a rule longer than half its line (header.titleRule, body.titleRule)"),
            new Change("partials/standing.ftlh", 1,
                    "dòng báo văn bản đã bị thay thế, hết hiệu lực (chỉ trên trang web, không in vào PDF)",
                    "the banner of a replaced or expired document (on the site's page only, never in the PDF)"),
            new Change("partials/related.ftlh", 1,
                    "danh sách văn bản sửa đổi, đính chính (chỉ trên trang web, không in vào PDF)",
                    "the list of amending and correcting documents (on the site's page only, never in the PDF)"),
            new Change("partials/document.ftlh", 1,
                    "chữ của khung trang theo ngôn ngữ --lang",
                    "the page's own words in the --lang language"),
            new Change("partials/document.ftlh", 2,
                    "dấu \"+ thay đổi chưa commit\" sau phiên bản theo ngôn ngữ --lang",
                    "the \"+ uncommitted changes\" mark after a version in the --lang language"),
            new Change("partials/document.ftlh", 3,
                    "trích yếu ngắt dòng giữa các cụm từ (\"đến năm 2020\", \"tỉnh Hà Tĩnh\" không bị tách)",
                    "the summary title (trích yếu) breaks between phrases (\"đến năm 2020\", \"tỉnh Hà Tĩnh\" stay on one line)"),
            new Change("partials/document.ftlh", 4,
                    "trên điện thoại, tên nhóm (\"I. …\") và dòng tổng của bảng rộng vẫn hiện bên trái khi cuộn ngang các cột số",
                    "on a phone, a wide table's group titles (\"I. …\") and total rows stay in view at the left while the amounts scroll"),
            new Change("partials/document.ftlh", 5,
                    "phần tải về liệt kê dữ liệu văn bản điện tử (XML) cạnh Excel và JSON (links.data thay cho links.workbooks)",
                    "the downloads list the e-document record (XML) beside Excel and JSON (links.data instead of links.workbooks)"),
            new Change("partials/document.ftlh", 6,
                    "in dấu độ mật và dấu độ khẩn (secrecy:, urgency: của document) dưới số, ký hiệu",
                    "prints the secrecy and urgency stamps (document's secrecy:, urgency:) under the number"),
            new Change("partials/document.ftlh", 7,
                    "trang tiếng Anh đánh dấu tên bảng trong phần tải về là tiếng Việt (lang=vi)",
                    "an English page marks the tables' names in the downloads as Vietnamese (lang=vi)"),
            new Change("partials/document.ftlh", 8,
                    "phần tải về ghi tệp PDF đã ký số (ai ký, ngày ký: pdfLabel, signedNote); dấu · giữa các liên kết luôn ở"
                            + " cuối dòng, không đứng đầu dòng sau (mỗi liên kết cùng dấu · sau nó là một khối span class=\"dl\")",
                    "the downloads say the PDF is digitally signed (who, when: pdfLabel, signedNote); the \"·\" between"
                            + " links always ends its line, never starts the next (a link and its \"·\" are one span class=\"dl\")"),
            new Change("partials/document.ftlh", 9,
                    "phần tải về ghi dung lượng mỗi tệp văn bản và dữ liệu sau liên kết của nó (\"544 KB\", \"1,2 MB\":"
                            + " macro size, links.sizeOf)",
                    "the downloads give each document and data file's size after its link (\"544 KB\", \"1.2 MB\":"
                            + " macro size, links.sizeOf)"),
            new Change("partials/document.ftlh", 10,
                    "trang công khai không ghi phiên bản khi nội dung chưa commit (source.versionShown); bản dự thảo vẫn ghi",
                    "public pages give no version when the content is uncommitted (source.versionShown); drafts still do"),
            new Change("partials/document.ftlh", 11,
                    "dấu \"·\" giữa các liên kết tải về nằm trong span class=\"sep\": trên điện thoại mỗi liên kết một dòng,"
                            + " không còn dấu \"·\" treo cuối dòng",
                    "the \"·\" between download links is in a span class=\"sep\": on a phone each link has a line of its"
                            + " own, with no \"·\" left dangling at the line's end"),
            new Change("partials/document.ftlh", 12,
                    "macro titleBlock nhận độ dài đường kẻ dưới trích yếu (rule), do plandoc tính theo dòng trích yếu",
                    "the titleBlock macro takes the width of the rule under the trích yếu (rule), computed from its line"),
            new Change("separate.ftlh", 1,
                    "in dấu DỰ THẢO trên tệp phụ lục riêng của bản dự thảo (build --separate-appendices)",
                    "prints the draft mark on a draft's separate appendix files (build --separate-appendices)"),
            new Change("separate.ftlh", 2,
                    "tên phụ lục ngắt dòng giữa các cụm từ",
                    "appendix titles break between phrases"),
            new Change("separate.ftlh", 3,
                    "đường kẻ dưới tên văn bản kèm theo dài theo dòng tên (body.titleRule)",
                    "the rule under the attached document's title follows its line (body.titleRule)"),
            new Change("index.ftlh", 1,
                    "chữ của trang danh mục (bộ lọc, tên cột, ô tìm kiếm) theo ngôn ngữ --lang",
                    "the index's own words (filters, column names, search box) in the --lang language"),
            new Change("index.ftlh", 2,
                    "kết quả tìm kiếm đánh dấu trích yếu là tiếng Việt (lang=vi) khi trang bằng tiếng Anh",
                    "search results mark the documents' titles as Vietnamese (lang=vi) on an English site"),
            new Change("index.ftlh", 3,
                    "số văn bản tìm thấy viết theo cách viết số của ngôn ngữ --lang",
                    "the number of documents found written in the --lang language's number form"),
            new Change("index.ftlh", 4,
                    "ô tìm kiếm gợi ý số văn bản và cơ quan của chính trang này (không phải 424/QĐ-UBND của Hà Tĩnh);"
                            + " tiếng Anh viết \"1 document\"",
                    "the search box suggests this site's own document number and agency (not Hà Tĩnh's 424/QĐ-UBND);"
                            + " English says \"1 document\""),
            new Change("index.ftlh", 5,
                    "trang tiếng Anh đánh dấu số, ký hiệu văn bản là tiếng Việt (lang=vi)",
                    "an English index marks the documents' numbers as Vietnamese (lang=vi)"),
            new Change("index.ftlh", 6,
                    "chỉ dẫn đến trang hướng dẫn cho cán bộ soạn thảo khi trang đó được đăng (guide: trong content/province.yaml;"
                            + " mặc định chỉ trong bản dự thảo)",
                    "links the drafting officers' guide only where it is published (guide: in content/province.yaml;"
                            + " by default in the drafts' site only)"),
            new Change("index.ftlh", 7,
                    "bộ lọc cơ quan thực hiện liệt kê các nhóm cơ quan ghi chung (\"Các cơ quan liên quan\") sau các cơ quan,"
                            + " trong nhóm riêng có tên (data-collectives)",
                    "the agency filter lists the register's collective entries (\"Các cơ quan liên quan\") after the agencies,"
                            + " in a group of their own with its name (data-collectives)"),
            new Change("index.ftlh", 8,
                    "phần tải về ghi tệp PDF đã ký số (entry.signedPdf, entry.signedNote); dấu · giữa các liên kết đầu trang"
                            + " ở cuối dòng, không đứng đầu dòng sau (span class=\"dl\")",
                    "the downloads say the PDF is digitally signed (entry.signedPdf, entry.signedNote); the \"·\" between"
                            + " the links at the top ends its line, never starts the next (span class=\"dl\")"),
            new Change("index.ftlh", 9,
                    "trên điện thoại, cơ quan thực hiện đã chọn được ghi đủ tên dưới bộ lọc (p id=\"filter-agency-chosen\"),"
                            + " vì ô chọn cắt tên trên một dòng",
                    "on a phone, the chosen implementing agency is written whole under its filter (p id=\"filter-agency-chosen\"),"
                            + " as the select cuts it on one line"),
            new Change("partials/standing.ftlh", 2,
                    "văn bản thay thế ban hành sau ngày tạo trang: dòng báo ghi văn bản còn hiệu lực, sẽ được thay thế từ ngày"
                            + " ban hành của văn bản thay thế (standing.replacedFromText)",
                    "a replacing document dated after the day the site is built: the banner says the document is in force"
                            + " and from which day it will be replaced (standing.replacedFromText)"),
            new Change("partials/standing.ftlh", 3,
                    "ngày hết hiệu lực sau ngày tạo trang: văn bản còn hiệu lực, dòng báo ghi hết hiệu lực từ ngày đó"
                            + " (standing.expiredFromText); văn bản còn hiệu lực đến một ngày sau có dòng báo màu dịu, không đỏ"
                            + " (standing-to-come)",
                    "an expiry dated after the day the site is built: the document is in force, the banner says from which"
                            + " day it is not (standing.expiredFromText); a document in force till a later day has a calm"
                            + " banner, not the red one (standing-to-come)"),
            new Change("partials/standing.ftlh", 4,
                    "trước ngày văn bản thay thế có hiệu lực (replaced_from:), trang của văn bản thay thế ghi \"Văn bản này sẽ"
                            + " thay thế … từ ngày …\" (p class=\"standing-to-replace\", old.fromText)",
                    "before the day a replacement takes effect (replaced_from:), the replacing document's page says \"This"
                            + " document will replace … from …\" (p class=\"standing-to-replace\", old.fromText)"),
            new Change("index.ftlh", 10,
                    "danh mục ghi văn bản đã bị thay thế, hết hiệu lực (văn bản vẫn ở danh mục)",
                    "the index marks a replaced or expired document (it stays listed)"),
            new Change("index.ftlh", 11,
                    "dưới tên văn bản ở danh mục ghi văn bản sửa đổi, bổ sung, đính chính nó hoặc được nó sửa đổi, đính chính"
                            + " (có liên kết); bộ lọc theo hiệu lực (Còn hiệu lực, Đã bị thay thế, Hết hiệu lực) khi có văn bản"
                            + " bị thay thế, hết hiệu lực (select id=\"filter-status\", entry.info.related, statusFilter)",
                    "under a title the index lists the documents amending or correcting it, or that it amends or corrects"
                            + " (linked); a filter by status (in force, replaced, no longer in force) when some document is"
                            + " replaced or expired (select id=\"filter-status\", entry.info.related, statusFilter)"),
            new Change("index.ftlh", 12,
                    "dưới tên văn bản thay thế ghi \"Thay thế: …\", dưới tên văn bản bị thay thế ghi \"Được thay thế bởi: …\""
                            + " (có liên kết khi văn bản kia ở trang này; macro otherDocument, data-replaces, data-replaced-by);"
                            + " tìm kiếm liệt kê sau các văn bản có đủ mọi từ những văn bản có ít nhất một nửa số từ, dưới một dòng"
                            + " \"Văn bản chỉ có một phần các từ tìm kiếm\" (data-partial); văn bản không có kinh phí"
                            + " không còn dòng \"Tổng kinh phí: triệu đồng\" trống trên điện thoại",
                    "under a replacing document's title the index says \"Replaces: …\", under a replaced one's \"Replaced by: …\""
                            + " (linked when the other is on this site; macro otherDocument, data-replaces, data-replaced-by);"
                            + " the search lists, after the documents holding every word, those holding at least half of them, under a"
                            + " line \"Documents holding only some of the words\" (data-partial); a document without a"
                            + " budget has no empty \"Total funding: million dong\" on a phone"),
            new Change("index.ftlh", 13,
                    "khi tìm không thấy văn bản nào, trang gợi ý cách tìm lại: gõ ít từ hơn, gõ không dấu, bỏ các bộ lọc"
                            + " đang chọn (data-none-words, data-none-filters)",
                    "when a search finds nothing, the index says what to try: fewer words, typing without Vietnamese marks,"
                            + " clearing the filters chosen (data-none-words, data-none-filters)"),
            new Change("index.ftlh", 14,
                    "văn bản sẽ được thay thế bởi văn bản ban hành sau ngày tạo trang: dòng của nó ghi \"Sẽ được thay thế bởi"
                            + " … từ ngày …\" như trang văn bản (related.to-be-replaced-by, data-to-be-replaced-by, data-from)",
                    "a document to be replaced by one dated after the day the site is built: its row says \"Will be replaced by"
                            + " … from …\" as its page does (related.to-be-replaced-by, data-to-be-replaced-by, data-from)"),
            new Change("index.ftlh", 15,
                    "cột số của bản dự thảo ghi \"Dự thảo Kế hoạch (chưa có số)\" thay cho \"/KH-UBND\" (entry.listedNumber)",
                    "a draft's number column reads \"Dự thảo Kế hoạch (chưa có số)\" instead of \"/KH-UBND\" (entry.listedNumber)"),
            new Change("index.ftlh", 16,
                    "trước ngày văn bản thay thế có hiệu lực (replaced_from:), dòng của văn bản thay thế ghi \"Sẽ thay thế … từ"
                            + " ngày …\"; văn bản sẽ hết hiệu lực ở một ngày sau ghi \"Sẽ hết hiệu lực từ ngày …\""
                            + " (related.to-replace, standing.to-expire-short, data-to-replace, data-to-expire)",
                    "before the day a replacement takes effect (replaced_from:), the replacing document's row says \"Will"
                            + " replace … from …\"; a document to be no longer in force on a later day says \"Ceases to be in"
                            + " force on …\" (related.to-replace, standing.to-expire-short, data-to-replace, data-to-expire)"),
            new Change("index.ftlh", 17,
                    "khi tìm không thấy, ví dụ trong lời gợi ý lấy từ văn bản mới nhất của chính trang (số, hai từ của trích"
                            + " yếu gõ không dấu) (searchHints, data-example-number, data-example-unmarked, data-example-marked);"
                            + " trên điện thoại các liên kết trên ô tìm kiếm mỗi liên kết một dòng, không có dấu \"·\" treo"
                            + " (span class=\"sep\")",
                    "when a search finds nothing, the hint's examples come from the site's own newest document (its number, two"
                            + " words of its title typed without marks) (searchHints, data-example-number, data-example-unmarked,"
                            + " data-example-marked); on a phone the links above the search have a line each, with no dangling"
                            + " \"·\" (span class=\"sep\")"),
            new Change("index.ftlh", 18,
                    "sau ngày văn bản thay thế có hiệu lực, dòng vẫn ghi ngày replaced_from: đã ghi: \"Được thay thế bởi: … từ"
                            + " ngày …\", \"Thay thế: … từ ngày …\" (standing.replacedSinceText, old.sinceText)",
                    "after the day a replacement takes effect, the row still says the day replaced_from: wrote: \"Replaced by:"
                            + " … from …\", \"Replaces: … from …\" (standing.replacedSinceText, old.sinceText)"),
            new Change("index.ftlh", 19,
                    "trên điện thoại, ví dụ trong ô tìm kiếm chỉ là số ký hiệu, không bị cắt giữa tên cơ quan"
                            + " (searchExampleNarrow, data-narrow-placeholder)",
                    "on a phone, the search box's example is the number alone, not an agency's name cut mid-word"
                            + " (searchExampleNarrow, data-narrow-placeholder)"),
            new Change("partials/standing.ftlh", 5,
                    "sau ngày văn bản thay thế có hiệu lực, hai trang vẫn ghi ngày replaced_from: đã ghi: \"Văn bản này đã được"
                            + " thay thế bởi … từ ngày …\", \"Văn bản này thay thế … từ ngày …\" (standing.replacedSinceText,"
                            + " old.sinceText)",
                    "after the day a replacement takes effect, both pages still say the day replaced_from: wrote: \"This"
                            + " document has been replaced by … from …\", \"This document replaces … from …\""
                            + " (standing.replacedSinceText, old.sinceText)"),
            new Change("agencies.ftlh", 1,
                    "chữ của trang cơ quan theo ngôn ngữ --lang",
                    "the agency view's own words in the --lang language"),
            new Change("agencies.ftlh", 2,
                    "kinh phí từng dòng tính bằng triệu đồng, đơn vị ghi ở tên cột và trên điện thoại",
                    "each row's amount in triệu đồng, the unit said in the column headers and on a phone"),
            new Change("agencies.ftlh", 3,
                    "phần \"Cách tính kinh phí\" thu gọn dưới một dòng, bấm để mở: bảng của từng cơ quan hiện ngay dưới tiêu đề",
                    "the \"How funding is counted\" explanation folded under one line, opened on a click: each agency's tables follow the heading"),
            new Change("agencies.ftlh", 4,
                    "cột \"Kinh phí chủ trì là tổng của\" nói tổng của bao nhiêu năm, giai đoạn, nguồn vốn nào: \"4 năm, từ 2022 đến 2025\"",
                    "the column \"Funding led is the sum of\" says how many years, periods, sources and which: \"4 years, 2022 to 2025\""),
            new Change("agencies.ftlh", 5,
                    "trang tiếng Anh đánh dấu số văn bản, tên cơ quan cùng chủ trì và tên cơ quan trong tiêu đề bảng là tiếng Việt (lang=vi)",
                    "an English page marks the documents' numbers, the joint leads and the agency named in a table's caption as Vietnamese (lang=vi)"),
            new Change("agencies.ftlh", 6,
                    "tên cột \"Trong đó: dự án, nhiệm vụ cùng chủ trì với cơ quan khác\" xuống dòng được, để cột không quá rộng",
                    "the column header \"Of which projects and tasks led jointly with other agencies\" may wrap, so the column is not too wide"),
            new Change("agencies.ftlh", 7,
                    "trang tiếng Anh gọi nhiệm vụ, dự án, mục bằng tiếng Anh (\"task 15 (Appendix 04)\"), chỉ tên của chúng để tiếng Việt (lang=vi)",
                    "an English page names tasks, projects and sections in English (\"task 15 (Appendix 04)\"), only their titles marked Vietnamese (lang=vi)"),
            new Change("agencies.ftlh", 8,
                    "kinh phí chủ trì chỉ tính các bảng mà tổng kinh phí của văn bản cộng vào; dòng ngoài tổng ghi \"(ngoài tổng"
                            + " kinh phí của văn bản)\" và số không tính ghi dưới kinh phí chủ trì; các cột do plandoc quyết định"
                            + " (agency.jointColumn, agency.mixColumn)",
                    "the funding led counts only the tables the document's total adds; rows outside are marked \"(outside the"
                            + " document's total funding)\" and the amount left out is given under the funding led; the columns"
                            + " are decided by plandoc (agency.jointColumn, agency.mixColumn)"),
            new Change("agencies.ftlh", 9,
                    "cơ quan chỉ chủ trì các dòng ngoài tổng kinh phí của văn bản không còn ghi kinh phí chủ trì \"0\", chỉ ghi"
                            + " số không tính; danh sách đầu trang và các mục bên dưới đặt các nhóm cơ quan ghi chung dưới tên"
                            + " riêng như bộ lọc của trang chủ (single, collectives)",
                    "an agency leading only rows outside the document's total funding no longer shows funding led \"0\","
                            + " only the amount left out; the list at the top and the sections below put the collective entries"
                            + " under their own name, as the index's filter does (single, collectives)"),
            new Change("agencies.ftlh", 10,
                    "ghi \"đã ký số\" bên số văn bản có tệp PDF đã ký số (signedText)",
                    "says \"đã ký số\" (digitally signed) beside a document whose PDF is signed (signedText)"),
            new Change("agencies.ftlh", 11,
                    "dòng có kinh phí mà văn bản ghi bằng đơn vị khác triệu đồng ghi thêm số như văn bản in: \"(văn bản ghi"
                            + " 2,70 tỷ đồng)\" (entry.asPrintedText)",
                    "a row whose document prints its money in another unit than million dong also gives the figure as"
                            + " printed: \"(printed as 2,70 tỷ đồng)\" (entry.asPrintedText)"),
            new Change("diff.ftlh", 1,
                    "in chú thích mã phiên bản của hai bản được so sánh",
                    "prints the footnote naming the revisions of the two versions compared"),
            new Change("diff.ftlh", 2,
                    "dòng tiêu đề (nhóm, dự án có các ô sửa dưới nó) không đứng một mình cuối trang, tách khỏi dòng dưới"
                            + " (row.startsKept, row.endsKept)",
                    "a heading row (a group, a project with its changed cells under it) never ends a page apart from"
                            + " the row under it (row.startsKept, row.endsKept)"),
            new Change("guide.ftlh", 1,
                    "tên cổng thông tin (content/province.yaml) ở tiêu đề và đầu trang hướng dẫn",
                    "the portal's name (content/province.yaml) in the guide's title and header"),
            new Change("moved.ftlh", 1,
                    "trang ở địa chỉ cũ của thư mục văn bản đã đổi tên, dẫn sang địa chỉ mới",
                    "the page at a renamed plan folder's old address, leading to the new one"));

    private TemplateChangelog() {
    }

    /** The bundled templates that carry a version, by relative path ("partials/document.ftlh"). */
    public static Set<String> templates() {
        Set<String> names = new TreeSet<>();
        CHANGES.forEach(c -> names.add(c.template()));
        return names;
    }

    /** The version of the template packaged in this plandoc (0 for a file the changelog does not know). */
    public static int current(String template) {
        int version = 0;
        for (Change c : CHANGES) {
            if (c.template().equals(template)) {
                version = Math.max(version, c.version());
            }
        }
        return version;
    }

    /** What this plandoc's template has that a copy at {@code version} does not, oldest first. */
    public static List<Change> since(String template, int version) {
        return CHANGES.stream().filter(c -> c.template().equals(template) && c.version() > version).toList();
    }
}
