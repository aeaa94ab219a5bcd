package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import plandoc.publish.SignedFiles;
import plandoc.publish.Transaction;
import plandoc.render.RenderedPlan;

/**
 * Signed PDFs a plan gets back from {@link SignedFiles#ARCHIVE} (s24 review H2): a plan unpublished (its folder left
 * the content read, or it was replaced with {@code --replace-signed}) has its signed files archived; when a later
 * build publishes the plan again and its new PDF is the very document an archived file signs
 * (KeptSigned's rule: {@link SignedFiles.Signed#sameDocument}, also for a plan renamed since it was signed), that signed file is put back in its place — moved out of the archive, as a
 * renamed plan's signed PDF is carried ({@link RenamedPlans}) — and the build says so. Without it the portal served the
 * decision unsigned at exit 0, though its sources were those it was signed from.
 */
public final class ArchivedSigned {
    /**
     * The signed PDF {@code name} of plan {@code slug}, put back from {@code archived}: a path in the site, taken out
     * of its archive; or, {@code fromSecret}, a path in the folder beside it where a plan once secret had its signed
     * files kept ({@link SecretArchive}), copied from there (the file stays: a build deletes nothing outside the site).
     */
    public record Restored(String slug, String name, String archived, boolean fromSecret) {
        /** The file it was taken from, for the officer. */
        public Path from(Path outDir) {
            return fromSecret ? SecretArchive.folder(outDir).resolve(archived) : outDir.resolve(archived);
        }
    }

    /** What this build put back, by plan: read by the build's report once it committed. */
    private final Map<String, List<Restored>> restored = new ConcurrentHashMap<>();

    /**
     * {@code kept} with each PDF it writes, and keeps no signed file for, replaced by the archived signed file of the
     * same name (archived as "{@code <stem>-da-ky-<date>[-n].pdf}") that is its document; the archived file is taken
     * out of the archive in {@code transaction}. Reads nothing when the plan has no archive folder.
     */
    KeptSigned.Kept restore(KeptSigned.Kept kept, Path outDir, Transaction transaction) throws IOException {
        RenderedPlan plan = kept.plan();
        String folder = SignedFiles.ARCHIVE + "/" + plan.slug();
        List<SignedFiles.Signed> archived = SignedFiles.in(outDir.resolve(folder));
        // A plan signed while public, then secret, then public again: its signed files were kept beside the site.
        List<SignedFiles.Signed> secret = SignedFiles.in(SecretArchive.folder(outDir).resolve(folder));
        if (archived.isEmpty() && secret.isEmpty()) {
            return kept;
        }
        List<Restored> back = new ArrayList<>();
        List<RenderedPlan.OutputFile> files = new ArrayList<>();
        for (RenderedPlan.OutputFile file : plan.files()) {
            RenderedPlan.OutputFile now = file;
            if (file.name().endsWith(".pdf") && !kept.signed().contains(file.name())) {
                Pattern name = Pattern.compile(Pattern.quote(file.name().substring(0, file.name().length() - 4))
                        + "-da-ky-\\d{4}-\\d{2}-\\d{2}(-\\d+)?\\.pdf");
                List<SignedFiles.Signed> candidates = new ArrayList<>(archived);
                candidates.addAll(secret);
                for (int i = 0; i < candidates.size(); i++) {
                    SignedFiles.Signed signed = candidates.get(i);
                    if (name.matcher(signed.name()).matches()
                            && (signed.signs(file.bytes()) || signed.sameDocument(file.bytes())
                            || signed.sameDocumentMoved(file.bytes(), plan.slug()))) {
                        now = new RenderedPlan.OutputFile(file.name(), signed.bytes());
                        back.add(new Restored(plan.slug(), file.name(), folder + "/" + signed.name(),
                                i >= archived.size()));
                        break;
                    }
                }
            }
            files.add(now);
        }
        if (back.isEmpty()) {
            return kept;
        }
        // Only the files taken: the folder may be receiving, in this same build, the signed file a --replace-signed
        // build archives (s24 re-read H0: removing the folder deleted it while the build said where it was kept).
        back.stream().filter(r -> !r.fromSecret()).forEach(r -> transaction.remove(r.archived()));
        restored.put(plan.slug(), List.copyOf(back));
        // Put back, it is the plan's signed file: its page is marked and its record carries its signatures (re-read H1).
        java.util.TreeSet<String> signedNow = new java.util.TreeSet<>(kept.signed());
        back.forEach(r -> signedNow.add(r.name()));
        return new KeptSigned.Kept(plan.withFiles(files), List.copyOf(signedNow));
    }

    /**
     * {@code build --merge}: the signed PDFs to put in the place of a shard's files, as {@link #restore} puts them in
     * a build's: {@code signed} (those the site's folder keeps, by name) with those taken from the archive added.
     * Reads the shard's PDFs only when the plan has an archive folder.
     */
    Map<String, byte[]> restoreMerged(SiteRecord record, Path shardFolder, Map<String, byte[]> signed, Path outDir,
                                      Transaction transaction) throws IOException {
        String folder = SignedFiles.ARCHIVE + "/" + record.slug();
        if (!Files.isDirectory(outDir.resolve(folder)) && !Files.isDirectory(SecretArchive.folder(outDir).resolve(folder))) {
            return signed;
        }
        List<RenderedPlan.OutputFile> pdfs = new ArrayList<>();
        for (BuildCache.OutputFile file : record.files()) {
            if (file.name().endsWith(".pdf") && Files.isRegularFile(shardFolder.resolve(file.name()))) {
                pdfs.add(new RenderedPlan.OutputFile(file.name(), Files.readAllBytes(shardFolder.resolve(file.name()))));
            }
        }
        KeptSigned.Kept kept = restore(new KeptSigned.Kept(new RenderedPlan(record.slug(), pdfs, List.of(), record.links()),
                List.copyOf(signed.keySet())), outDir, transaction);
        Map<String, byte[]> all = new java.util.TreeMap<>(signed);
        kept.signed().forEach(name -> all.putIfAbsent(name, kept.plan().file(name).bytes()));
        return all;
    }

    /** The signed PDFs put back, by plan (in no order). */
    public Map<String, List<Restored>> restored() {
        return Map.copyOf(restored);
    }
}
