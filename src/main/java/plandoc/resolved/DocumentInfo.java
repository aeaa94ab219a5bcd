package plandoc.resolved;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Facts about the document for the site index, PDF metadata and open data.
 *
 * @param slug          the plan folder name
 * @param numberSymbol  "4086/QĐ-UBND"; an e-office draft's "/QĐ-UBND" (its number not given yet; a legal normative
 *                      document's draft "/2026/QĐ-UBND")
 * @param date          ngày ban hành; empty for a document not dated yet (an e-office draft, a comparison)
 * @param shortDate     the date as the index prints it, "28/12/2012"; empty without a date
 * @param kindName      the document kind as printed, "Quyết định": a label, nothing branches on it
 * @param title         trích yếu as plain text
 * @param issuer        "Ủy ban nhân dân tỉnh Hà Tĩnh"
 * @param fileStem      file name stem for the PDF an officer recognises ("4086-QD-UBND"; a draft's "du-thao-QD-UBND")
 * @param funding       the plan's total funding, computed; {@link Funding#NONE} when it has no budget
 * @param issuerIdentifier the issuer's 13-character e-document identifier ("000.00.00.H25"), when the plan gives it
 * @param subject       the subject the PDF and Word files give in their properties: the number and symbol
 *                      ("4086/QĐ-UBND"); a draft, which has no number yet, "Dự thảo", its kind and trích yếu
 *                      ("Dự thảo Kế hoạch: Triển khai …"), not the bare "/KH-SNV" (s18; compute.FileLabelling words it)
 * @param standing      replaced, no longer in force, or replacing others ({@link Standing}): the portal's pages only
 * @param related       the documents it amends or corrects, and those amending or correcting it: found across the
 *                      site's plans ({@code compute.Amendments}), {@link Related#NONE} for a plan read on its own
 * @param cited         the site's documents its prose cites, each citation a link in its text ({@link Cited}); kept in
 *                      the site record as {@code related} is, so that a plan known by its record keys and links by it
 */
public record DocumentInfo(String slug, String numberSymbol, Optional<LocalDate> date, Optional<String> shortDate,
                           String kindName, String title, String issuer, String fileStem, Funding funding,
                           Optional<String> issuerIdentifier, String subject, Standing standing, Related related,
                           Cited cited) {
    public DocumentInfo {
        java.util.Objects.requireNonNull(standing, "standing: Standing.NONE when in force and replacing nothing");
        java.util.Objects.requireNonNull(related, "related: Related.NONE for a document linked to no other");
        java.util.Objects.requireNonNull(cited, "cited: Cited.NONE for a document citing none of the site's");
        java.util.Objects.requireNonNull(date, "date: Optional.empty() for a document not dated yet");
        java.util.Objects.requireNonNull(shortDate, "shortDate: Optional.empty() for a document not dated yet");
        java.util.Objects.requireNonNull(funding, "funding: Funding.NONE for a plan without a budget");
        java.util.Objects.requireNonNull(issuerIdentifier, "issuerIdentifier: Optional.empty() when the plan gives none");
        java.util.Objects.requireNonNull(subject, "subject");
    }

    /** A document's facts before the checks across plans give its standing and link it to others. */
    public DocumentInfo(String slug, String numberSymbol, Optional<LocalDate> date, Optional<String> shortDate,
                        String kindName, String title, String issuer, String fileStem, Funding funding,
                        Optional<String> issuerIdentifier, String subject) {
        this(slug, numberSymbol, date, shortDate, kindName, title, issuer, fileStem, funding, issuerIdentifier, subject,
                Standing.NONE, Related.NONE, Cited.NONE);
    }

    /** The same facts with the standing the check across plans found. */
    public DocumentInfo withStanding(Standing found) {
        return new DocumentInfo(slug, numberSymbol, date, shortDate, kindName, title, issuer, fileStem, funding,
                issuerIdentifier, subject, found, related, cited);
    }

    /** The same facts, linked to {@code others}. */
    public DocumentInfo withRelated(Related others) {
        return new DocumentInfo(slug, numberSymbol, date, shortDate, kindName, title, issuer, fileStem, funding,
                issuerIdentifier, subject, standing, others, cited);
    }

    /** The same facts, its prose linking {@code found}. */
    public DocumentInfo withCited(Cited found) {
        return new DocumentInfo(slug, numberSymbol, date, shortDate, kindName, title, issuer, fileStem, funding,
                issuerIdentifier, subject, standing, related, found);
    }

    /** An issued document's facts without an issuer identifier (the tests' fixtures): its subject is its number. */
    public DocumentInfo(String slug, String numberSymbol, Optional<LocalDate> date, Optional<String> shortDate,
                        String kindName, String title, String issuer, String fileStem, Funding funding) {
        this(slug, numberSymbol, date, shortDate, kindName, title, issuer, fileStem, funding, Optional.empty(),
                numberSymbol);
    }

    // Read by the templates, whose documented fields (docs/format.md, "Templates") these were before Funding, the
    // Optional date and the kind's name: a province's edited template printing plan.info.fundingText, dateText or
    // kind keeps working. Java code reads funding(), shortDate(), kindName().

    /** The date as printed, "" without one (the template field of that name, and the site record's). */
    public String dateText() {
        return shortDate.orElse("");
    }

    /** The kind's name, "Quyết định" (the template field of that name, and the site record's). */
    public String kind() {
        return kindName;
    }

    /** The main budget's total in its unit, when computed (the template field of that name). */
    public Optional<java.math.BigDecimal> fundingTotal() {
        return funding.amount();
    }

    /** The main budget's unit as printed ("tỷ đồng"), "" without a budget (the template field of that name). */
    public String fundingUnit() {
        return funding.unit().orElse("");
    }

    /** The total as the document prints it ("724,90 tỷ đồng"), "" without one (the template field of that name). */
    public String fundingText() {
        return funding.text().orElse("");
    }

    /** The issuer's e-document identifier, "" without one (the template field of that name, and the site record's). */
    public String issuerCode() {
        return issuerIdentifier.orElse("");
    }

    /**
     * An e-office draft: its number not given yet, so its number-symbol begins with "/" ("/QĐ-UBND", "/2026/QĐ-UBND");
     * an issued document's number is digits (DocumentRules). Read from a site record too, so a draft is
     * known as one without its plan.yaml.
     */
    public boolean draft() {
        return numberSymbol.startsWith("/");
    }
}
