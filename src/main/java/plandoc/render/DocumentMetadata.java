package plandoc.render;

import plandoc.resolved.DocumentInfo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What identifies a document in its file's properties, the same in the PDF (Info and XMP) and the Word
 * copy (core and extended properties), so a file passed around keeps its number, issuer and language.
 *
 * @param title    the trích yếu
 * @param author   the issuer ("Ủy ban nhân dân tỉnh Hà Tĩnh")
 * @param subject  the number and symbol ("4086/QĐ-UBND"), or a draft's words ({@link DocumentInfo#subject})
 * @param keywords kind, number and symbol, issuer, joined by "; "
 * @param created  the issue date at midnight in Vietnam; an undated draft's is {@code SOURCE_DATE_EPOCH},
 *                 or none (never the time of writing: the same sources give the same bytes)
 */
public record DocumentMetadata(String title, String author, String subject, String keywords,
                               Optional<Instant> created) {
    /** The documents' language (Decree 30: Vietnamese), as the PDF's catalog and XMP name it. */
    public static final String LANGUAGE = "vi";
    /** The program that wrote a file, with its release. */
    public static final String APPLICATION = plandoc.release.Release.APPLICATION;
    private static final ZoneId VIETNAM = plandoc.model.VietnamTime.ZONE;

    public static DocumentMetadata of(DocumentInfo info, Optional<Instant> sourceDateEpoch) {
        String keywords = String.join("; ", Stream.of(info.kindName(), info.numberSymbol(), info.issuer())
                .filter(k -> k != null && !k.isBlank()).toList());
        return new DocumentMetadata(info.title(), info.issuer(), info.subject(), keywords,
                info.date().map(date -> date.atStartOfDay(VIETNAM).toInstant()).or(() -> sourceDateEpoch));
    }
}
