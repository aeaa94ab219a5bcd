package plandoc.render.edoc;

import plandoc.diagnostic.Message;
import plandoc.model.RecordField;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SignatureView;
import plandoc.resolved.StampKind;
import plandoc.resolved.StampView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts the e-document management system records for an outgoing document (Decree 30, Phụ lục
 * VI "Thông tin đầu ra"; format-standard §9 "Metadata"), as printed in the PDF's XMP and in the XML
 * beside it. Secrecy and urgency only when the plan gives them; copies and reply deadline are not in the plan
 * format and left out.
 *
 * @param organId       mã định danh of the issuer (13 characters), empty when the plan gives none
 * @param codeNumber    số ("4086")
 * @param codeNotation  ký hiệu ("QĐ-UBND"); a legal normative document's with its year of issue before it
 *                      ("2026/QĐ-UBND", as printed after the number): its series is numbered apart from the
 *                      administrative one, so "02/QĐ-UBND" and "02/2026/QĐ-UBND" of one year are two documents and
 *                      CodeNumber + "/" + CodeNotation is the printed Số
 * @param subject       trích yếu
 * @param pageAmount    pages of the PDF
 * @param signerCompetence on whose behalf and in what capacity the signer signs, the authority lines as
 *                      the plan writes them ("TM. Ủy ban nhân dân, KT. Chủ tịch"); empty when the signer
 *                      signs in their own right. Phụ lục VI has no field for it; the exchange format
 *                      (edXML, QCVN 102:2016/BTTTT) keeps it beside the position, in SignerInfo/Competence
 * @param signerPosition the signer's own chức vụ ("Phó Chủ tịch"), Phụ lục VI "Chức vụ của người ký văn bản"
 * @param recipients    the places the document is sent to (Nơi nhận without "Lưu: …", the issuer's own
 *                      file copy), one entry each, without the leading dash and the closing punctuation
 * @param secrecy       độ mật as written ("Tối mật"), Phụ lục VI "Độ mật"; empty for most documents
 * @param urgency       độ khẩn as written ("Hỏa tốc"), Phụ lục VI "Mức độ khẩn"; empty for most documents
 */
public record ElectronicRecord(Optional<String> organId, String organName, int year, String codeNumber,
                               String codeNotation, LocalDate issueDate, String kind, String subject,
                               String language, int pageAmount, Optional<String> signerCompetence,
                               String signerPosition, String signerName, List<String> recipients,
                               Optional<String> secrecy, Optional<String> urgency) {

    /** The namespace of the XMP properties and of the XML file ({@code docs/edoc-record.xsd}). */
    public static final String NAMESPACE = "urn:plandoc:edoc:1.0/";
    public static final String PREFIX = "plandoc";

    /** An XMP property: its name, PDF/A value type and meaning (for the extension schema). */
    public record Property(String name, String valueType, String description) {
    }

    /** Every property in the order written; the XSD and docs/format.md list the same. */
    public static final List<Property> PROPERTIES = List.of(
            new Property("OrganId", "Text", "Organisation identifier (ma dinh danh, 13 characters)"),
            new Property("OrganName", "Text", "Issuing organisation"),
            new Property("Year", "Integer", "Year of issue"),
            new Property("CodeNumber", "Text", "Document number (so)"),
            new Property("CodeNotation", "Text", "Document notation (ky hieu)"),
            new Property("IssueDate", "Date", "Issue date"),
            new Property("DocumentType", "Text", "Document type (ten loai)"),
            new Property("Subject", "Text", "Subject (trich yeu)"),
            new Property("Language", "Text", "Language of the document"),
            new Property("PageAmount", "Integer", "Number of pages"),
            new Property("SignerCompetence", "Text", "Signing authority: on whose behalf and in what capacity (TM., KT., TL., TUQ., Q.)"),
            new Property("SignerPosition", "Text", "Position (chuc vu) of the signer"),
            new Property("SignerFullName", "Text", "Full name of the signer"),
            new Property("ToPlaces", "seq Text", "Recipients (noi nhan), without the issuer's own file copy (Luu)"));

    /**
     * Written and described only when the plan gives them, after {@link #PROPERTIES}: a document without them keeps
     * the record (and the PDF) it had before they existed.
     */
    public static final Property SECRECY = new Property("Secrecy", "Text", "Secrecy level (do mat): Mat, Toi mat, Tuyet mat");
    public static final Property URGENCY = new Property("Urgency", "Text", "Urgency (do khan): Khan, Thuong khan, Hoa toc");

    /** The properties this record writes, in order: {@link #PROPERTIES}, then secrecy and urgency when given. */
    public List<Property> properties() {
        List<Property> out = new java.util.ArrayList<>(PROPERTIES);
        secrecy.ifPresent(s -> out.add(SECRECY));
        urgency.ifPresent(u -> out.add(URGENCY));
        return List.copyOf(out);
    }

    public ElectronicRecord {
        recipients = List.copyOf(recipients);
    }

    /**
     * The plan's record, the page count filled in once the PDF is printed; none for an undated document
     * (an e-office draft: the e-office system records it when it issues the document, with its number and date).
     */
    public static Optional<ElectronicRecord> of(ResolvedPlan plan) {
        return plan.info().date().map(date -> dated(plan, date));
    }

    /** Whether the plan has a record ({@link #of} is not empty): the downloads list it when it does. */
    public static boolean written(ResolvedPlan plan) {
        return plan.info().date().isPresent();
    }

    private static ElectronicRecord dated(ResolvedPlan plan, java.time.LocalDate date) {
        String numberSymbol = plan.info().numberSymbol();
        int slash = numberSymbol.indexOf('/');
        String number = slash < 0 ? numberSymbol : numberSymbol.substring(0, slash);
        String notation = slash < 0 ? "" : numberSymbol.substring(slash + 1);
        SignatureView signer = plan.signature();
        return new ElectronicRecord(plan.info().issuerIdentifier(), plan.info().issuer(),
                date.getYear(), number, notation, date, plan.info().kindName(),
                plan.info().title(), "vi", 0,
                signer.competence(),
                signer.position(), signer.name(), plan.recipients().places(), stamp(plan, StampKind.SECRECY), stamp(plan, StampKind.URGENCY));
    }

    private static Optional<String> stamp(ResolvedPlan plan, StampKind kind) {
        return plan.header().stamps().stream().filter(s -> s.kind() == kind).map(StampView::label).findFirst();
    }

    /**
     * A document the record cannot count (Phụ lục VI: PageAmount, three digits) is refused like a value
     * over its field's length, rather than published with a record the e-document system cannot take.
     *
     * @param pdf  the printed file, where the error is reported
     * @param plan the plan's slug
     */
    public static void checkPages(int pages, String pdf, String plan) throws RenderException {
        if (pages > RecordField.MAX_PAGES) {
            throw new RenderException(RenderProblem.Kind.CONTENT, pdf,
                    Message.of("edoc.too-many-pages", pages, RecordField.MAX_PAGES), plan, null);
        }
    }

    public ElectronicRecord withPages(int pages) {
        return new ElectronicRecord(organId, organName, year, codeNumber, codeNotation, issueDate, kind, subject,
                language, pages, signerCompetence, signerPosition, signerName, recipients, secrecy, urgency);
    }
}
