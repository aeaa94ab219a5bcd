package plandoc.render;

import java.io.IOException;
import plandoc.diagnostic.Message;

/**
 * A file the renderer reads that cannot serve (a font of an incomplete set, a font whose metrics do not read), said
 * with a message of the bundles: an {@link IOException} so it travels the paths a failed read takes, and is printed
 * in the user's language at the file ({@link RenderException#templatesUnreadable}, {@link RenderException#pdfFailed}).
 */
public final class UnusableFile extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient Message text;

    public UnusableFile(String file, Message text) {
        super(file + ": " + text.key() + " " + text.args());
        this.file = file;
        this.text = text;
    }

    /** The file, as the user would find it. */
    public String file() {
        return file;
    }

    /** What is wrong with it and how to fix it. */
    public Message text() {
        return text;
    }
}
