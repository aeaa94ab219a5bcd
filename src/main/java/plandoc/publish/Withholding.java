package plandoc.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /** A plan an output may publish; {@code S} is the form the build hands the site ({@code build.PlanSource}). */
    public interface Candidate<S> {
        String slug();

        boolean draft();

        boolean secret();

        /** The plan as it stands now: checked, or known by its site record; empty when it has errors. */
        Optional<S> current();
    }

    /** An output's plans sorted: those it publishes, those it takes out (listed as withdrawn), the secret ones. */
    public record Sorted<S>(List<S> sources, Set<String> withdrawn, Set<String> secret) {
    }

    /**
     * A plan this output withholds (a draft in a plain build, an issued plan in a draft build, a secret plan in
     * either) is left out whichever way it would come: checked now, taken from its record, or kept as the version
     * the output last showed. One the output holds is taken out in the same transaction, as a deleted plan is, and
     * listed as withdrawn; a secret plan's signed PDFs leave the site ({@code SecretArchive}).
     *
     * @param lastShown the version the output last showed of a plan that now has errors, if any
     * @param draft     whether such a version is a draft
     */
    public <S> Sorted<S> sort(List<? extends Candidate<S>> plans, Function<String, Optional<S>> lastShown,
                              Predicate<S> draft) {
        List<S> sources = new ArrayList<>();
        Set<String> withdrawn = new HashSet<>();
        Set<String> secret = new HashSet<>();
        for (Candidate<S> plan : plans) {
            if (withholds(plan.draft(), plan.secret())) {
                withdrawn.add(plan.slug());
                if (plan.secret()) {
                    secret.add(plan.slug());
                }
                continue;
            }
            Optional<S> current = plan.current();
            if (current.isPresent()) {
                sources.add(current.get());
            } else {
                Optional<S> last = lastShown.apply(plan.slug());
                if (last.isPresent() && withholdsDraft(draft.test(last.get()))) {
                    withdrawn.add(plan.slug());
                } else {
                    last.ifPresent(sources::add);
                }
            }
        }
        return new Sorted<>(sources, withdrawn, secret);
    }
}
