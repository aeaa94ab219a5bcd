package plandoc.importer;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A file POI could not open as a workbook, told by what the officer can do about it (s27-cli: POI's English,
 * "The supplied file was empty (zero bytes long)", was printed inside a Vietnamese line). POI's own words are kept
 * as {@link #detail()}, for whoever has to look further.
 */
public final class UnreadableWorkbook extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why: an empty file, a workbook locked with a password, or anything else that is not one (or is damaged). */
    public enum Kind { EMPTY, ENCRYPTED, NOT_A_WORKBOOK }

    private final Kind kind;

    private UnreadableWorkbook(Kind kind, Exception cause) {
        super(cause.getMessage(), cause);
        this.kind = kind;
    }

    /** The workbook {@code in} holds, or why there is none. */
    static Workbook open(InputStream in) throws UnreadableWorkbook {
        try {
            return WorkbookFactory.create(in);
        } catch (EmptyFileException e) {
            throw new UnreadableWorkbook(Kind.EMPTY, e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbook(Kind.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbook(Kind.NOT_A_WORKBOOK, e);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** POI's message, without the class name it sometimes starts with ("…InvalidFormatException: Package should …"). */
    public String detail() {
        String message = String.valueOf(getMessage());
        return message.replaceFirst("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
    }
}
