package plandoc.publish;

/**
 * Which plans a build leaves out of its output, by what they are: an e-office draft or issued, secret or not.
 *
 * <p>A draft ({@code document.draft: true}) is never published as issued: only a draft build ({@code build --draft},
 * into its own output folder) prints it, and {@code serve} previews it. An issued plan is never printed as a draft:
 * the draft output holds what the e-office system is yet to number, and an issued document sent to it again would be
 * numbered twice.
 *
 * <p>A document with a secrecy level ({@code document.secrecy}: Mật, Tối mật, Tuyệt mật) is withheld from every
 * build, plain or draft: a state secret is never published on the portal (Luật Bảo vệ bí mật nhà nước 2018), nor put
 * in the draft output meant for the e-office system, which is not for secrets either. {@code serve} previews it on
 * the officer's own computer, its PDF printable for distribution on paper.
 */
public enum Withholding {
    /** {@code build}: issued plans only. */
    ISSUED,
    /** {@code build --draft}: the plans marked {@code draft: true}, and only those, as e-office drafts. */
    DRAFTS,
    /** {@code serve}'s preview, in a folder of its own: every plan as written, drafts and secret plans too. */
    PREVIEW;

    public static Withholding build(boolean draft) {
        return draft ? DRAFTS : ISSUED;
    }

    /** Whether a plan that is (or is not) a draft, secret or not, stays out of this output. */
    public boolean withholds(boolean draft, boolean secret) {
        return withholdsDraft(draft) || this != PREVIEW && secret;
    }

    /** Whether a plan that is (or is not) a draft stays out of this output, whatever its secrecy. */
    public boolean withholdsDraft(boolean draft) {
        return this != PREVIEW && draft != (this == DRAFTS);
    }
}
