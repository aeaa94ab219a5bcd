package plandoc.compute;

import plandoc.model.DocumentHeader;

/** How a document's "Số" prints: its number (and, for a legal normative document, its year) and symbol. */
public final class DocumentNumber {
    private DocumentNumber() {
    }

    /**
     * "4086/QĐ-UBND", "05/KH-UBND", "02/2026/QĐ-UBND": Decree 30 (Phụ lục I II.3) writes a number below 10 with
     * a leading 0, so {@code number: 5} prints "05" — in the header, the captions, the metadata and the file names
     * alike. A legal normative document's number carries its year of issue ({@code number: 2/2026}, validated
     * against {@code date:}), printed between the number and the symbol as the Law on Promulgation of Legal
     * Documents writes it.
     */
    public static String of(DocumentHeader header) {
        String number = header.number();
        int slash = number.indexOf('/');
        String ordinal = slash < 0 ? number : number.substring(0, slash);
        boolean oneDigit = ordinal.length() == 1 && Character.isDigit(ordinal.charAt(0));
        return (oneDigit ? "0" : "") + number + "/" + header.symbol();
    }

    /**
     * The file stem of the document's files, "4086-QD-UBND": as the resolver names them (an issued document); none
     * when its header is not whole.
     */
    public static java.util.Optional<String> fileStem(plandoc.model.IssuedDocument document) {
        return document.header().map(header -> PlanResolver.fileStem(of(header)));
    }
}
