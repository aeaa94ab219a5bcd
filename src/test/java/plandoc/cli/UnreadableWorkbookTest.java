package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s27-cli: a workbook POI cannot open was said in POI's English inside a Vietnamese line ("lỗi: không đọc được tệp:
 * The supplied file was empty (zero bytes long)"). Each is said in the officer's language with what to do, POI's
 * words only on a line of their own.
 */
class UnreadableWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsSaidSoInTheOfficersLanguage() throws IOException {
        Path empty = Files.createFile(dir.resolve("PL03.xlsx"));
        Cli.Result vi = Cli.run("import", empty.toString());
        assertEquals(1, vi.exit(), vi.errText());
        assertEquals(List.of(empty + ": lỗi: tệp rỗng (0 byte), không có bảng tính nào; hãy chép lại tệp từ nơi gốc "
                + "(thư điện tử, ổ USB) rồi chạy lại"), vi.err());
        Cli.Result en = Cli.run("--lang", "en", "import", empty.toString());
        assertEquals(List.of(empty + ": error: the file is empty (0 bytes) and holds no workbook; copy it again from "
                + "where it came from (mail, USB stick) and run again"), en.err());
    }

    @Test
    void aFileThatIsNoWorkbookOrADamagedOneIsSaidSoWithPoisWordsApart() throws IOException {
        Path text = Files.writeString(dir.resolve("bang.xlsx"), "TT;Nội dung;Kinh phí\n1;Hội nghị;20\n");
        Path zip = dir.resolve("hong.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ghi-chu.txt"));
            out.write("không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Path file : List.of(text, zip)) {
            Cli.Result vi = Cli.run("import", file.toString());
            assertEquals(1, vi.exit(), vi.errText());
            assertEquals(file + ": lỗi: tệp không phải bảng tính Excel (.xlsx, .xls) hoặc đã hỏng; hãy mở bằng Excel "
                    + "(hoặc LibreOffice), lưu lại thành .xlsx rồi chạy lại", vi.err().get(0));
            assertEquals(2, vi.err().size(), vi.errText());
            assertTrue(vi.err().get(1).startsWith("  chi tiết (lời của thư viện đọc Excel, bằng tiếng Anh): "), vi.errText());
            assertTrue(!vi.err().get(1).contains("org.apache"), "no class name: " + vi.errText());
        }
    }

    @Test
    void aWorkbookLockedWithAPasswordSaysHowToUnlockIt() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("Phụ lục 03").createRow(0).createCell(0).setCellValue("TT");
            workbook.write(out);
        }
        Path locked = dir.resolve("co-mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        Cli.Result vi = Cli.run("import", locked.toString());
        assertEquals(1, vi.exit(), vi.errText());
        assertEquals(locked + ": lỗi: bảng tính có mật khẩu nên plandoc không mở được; hãy mở bằng Excel, bỏ mật khẩu "
                + "(Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, để trống), lưu lại rồi chạy lại",
                vi.err().get(0));
        Cli.Result en = Cli.run("--lang", "en", "import", locked.toString());
        assertTrue(en.err().get(0).startsWith(locked + ": error: the workbook is locked with a password"), en.errText());
        assertTrue(en.err().get(1).startsWith("  detail (from the Excel reader): "), en.errText());
    }
}
