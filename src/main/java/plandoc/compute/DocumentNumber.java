package plandoc.compute;

import plandoc.model.IssuedDocument;

/** How a document's "Số" prints: its number and symbol as Decree 30 writes them. */
public final class DocumentNumber {
    private DocumentNumber() {
    }

    /**
     * "4086/QĐ-UBND", "05/KH-UBND": Decree 30 (Phụ lục I II.3) writes a number below 10 with a leading 0, so
     * {@code number: 5} prints "05" — in the header, the captions, the metadata and the file names alike.
     */
    public static String of(IssuedDocument document) {
        String number = document.number();
        boolean oneDigit = number.length() == 1 && Character.isDigit(number.charAt(0));
        return (oneDigit ? "0" + number : number) + "/" + document.symbol();
    }
}
