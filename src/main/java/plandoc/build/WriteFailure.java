package plandoc.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import plandoc.diagnostic.Message;
import plandoc.render.RenderProblem;

/**
 * Turns a failure to write the site into what the officer can act on: which path, and whether the
 * disk is full, the folder read-only or not a folder, or access denied. These are the user's
 * environment, never a fault of plandoc (exit 1, not 3).
 */
final class WriteFailure {
    private WriteFailure() {
    }

    static RenderProblem problem(IOException e, Path site) {
        String path = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : site.toString();
        String reason = String.valueOf(e instanceof FileSystemException fs ? fs.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        String key;
        if (reason.contains("no space") || reason.contains("disk quota")) {
            key = "publish.disk-full";
        } else if (reason.contains("read-only")) {
            key = "publish.read-only";
        } else if (e instanceof AccessDeniedException || reason.contains("permission denied")) {
            key = "publish.access-denied";
        } else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || reason.contains("not a directory")) {
            key = "publish.not-a-folder";
        } else if (e instanceof NoSuchFileException) {
            key = "publish.missing";
        } else {
            key = "publish.io";
        }
        return new RenderProblem(RenderProblem.Kind.IO, path, Message.of(key, site.toString(), String.valueOf(e.getMessage())),
                "", Optional.of(e));
    }
}
