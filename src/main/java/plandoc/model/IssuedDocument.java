package plandoc.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * The issued document's metadata and frame: number, date, bases, articles, signature, recipients.
 *
 * @param captionTitle the tail of appendix captions ("phê duyệt điều chỉnh Quy hoạch …")
 * @param archive      the "Lưu:" line's entries
 */
public record IssuedDocument(DocumentKind kind, Issuer issuer, String number, String symbol, String place,
                             LocalDate date, Text title, Optional<String> captionTitle, List<Text> bases,
                             Optional<Text> proposal, List<Article> articles, Signature signature,
                             List<Text> recipients, List<String> archive, SourcePosition at) {
    public IssuedDocument {
        bases = List.copyOf(bases);
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
        archive = List.copyOf(archive);
    }

    /** "4086/QĐ-UBND". */
    public String numberSymbol() {
        return number + "/" + symbol;
    }
}
