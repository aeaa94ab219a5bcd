package plandoc.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import plandoc.publish.SignedFiles;
import plandoc.render.AtomicFileWriter;

/**
 * Where the signed PDFs of a plan withdrawn because it became secret are kept: a build never deletes a signed file,
 * but {@link SignedFiles#ARCHIVE} is inside the site, uploaded to the portal with it. They go to a folder beside the
 * output, {@code site-mat/} for {@code site/}, under the archive's own names ({@code luu-ban-da-ky/<slug>/…}); the
 * copies are written before the build's transaction takes them out of the site, so a failed build loses none.
 */
public final class SecretArchive {
    private SecretArchive() {
    }

    /** The folder beside {@code outDir} that keeps secret plans' signed PDFs ({@code site} → {@code site-mat}). */
    public static Path folder(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        return out.resolveSibling(out.getFileName() + "-mat");
    }

    /**
     * Copies the plan's signed PDFs, and the ones the site's archive holds for it, into {@link #folder}; a copy
     * already there (an earlier build that failed after copying) is not made twice.
     */
    static void keep(Path outDir, String slug) throws IOException {
        Path target = folder(outDir);
        AtomicFileWriter writer = new AtomicFileWriter();
        for (SignedFiles.Signed file : SignedFiles.in(outDir.resolve(slug))) {
            if (!alreadyKept(target.resolve(SignedFiles.ARCHIVE).resolve(slug), file.bytes())) {
                writer.write(target.resolve(SignedFiles.archivePath(target, slug, file)), file.bytes());
            }
        }
        Path archived = outDir.resolve(SignedFiles.ARCHIVE).resolve(slug);
        if (Files.isDirectory(archived)) {
            try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(archived, "*.pdf")) {
                for (Path pdf : pdfs) {
                    byte[] bytes = Files.readAllBytes(pdf);
                    Path copy = target.resolve(SignedFiles.ARCHIVE).resolve(slug).resolve(pdf.getFileName().toString());
                    if (!alreadyKept(copy.getParent(), bytes)) {
                        writer.write(copy, bytes);
                    }
                }
            }
        }
    }

    private static boolean alreadyKept(Path folder, byte[] bytes) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(folder, "*.pdf")) {
            for (Path pdf : pdfs) {
                if (Files.size(pdf) == bytes.length && Arrays.equals(Files.readAllBytes(pdf), bytes)) {
                    return true;
                }
            }
        }
        return false;
    }
}
