package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hints plandoc prints ("then run … serve") name the command the user started it with. */
class LauncherTest {
    private static final Path CWD = Path.of("/home/can-bo/ke-hoach");

    @TempDir
    Path dir;

    @Test
    void theWrapperIsNamedAsItWasCalled() {
        assertEquals("./plandoc", Launcher.command(Optional.of("./plandoc"), Optional.of("/usr/bin"), Optional.empty(), CWD));
        assertEquals("../plandoc/plandoc", Launcher.command(Optional.of("../plandoc/plandoc"), Optional.empty(),
                Optional.empty(), CWD));
        // Found on the PATH: the shell hands the script its full path, the user typed its name.
        assertEquals("plandoc", Launcher.command(Optional.of("/usr/local/bin/plandoc"), Optional.of("/usr/bin:/usr/local/bin"),
                Optional.empty(), CWD));
        assertEquals("./tools/plandoc", Launcher.command(Optional.of(CWD + "/tools/plandoc"), Optional.of("/usr/bin"),
                Optional.empty(), CWD));
        assertEquals("'/opt/Phan mem/plandoc'", Launcher.command(Optional.of("/opt/Phan mem/plandoc"), Optional.of("/usr/bin"),
                Optional.empty(), CWD));
    }

    @Test
    void theJarRunDirectlyIsNamedWithJavaDashJar() {
        assertEquals("java -jar target/plandoc.jar", Launcher.command(Optional.empty(), Optional.of("/usr/bin"),
                Optional.of(CWD.resolve("target/plandoc.jar")), CWD));
        assertEquals("java -jar /opt/plandoc/plandoc.jar", Launcher.command(Optional.of(""), Optional.empty(),
                Optional.of(Path.of("/opt/plandoc/plandoc.jar")), CWD));
        assertEquals("./plandoc", Launcher.command(Optional.empty(), Optional.empty(), Optional.empty(), CWD),
                "classes of a development build: the documented wrapper");
    }

    /**
     * The files new writes are published inside every PDF: they say the wrapper as the README does, never where this
     * installation lives (s19 review, finding 4: the user name; an upgrade moves it) — the terminal says the path.
     */
    @Test
    void filesSayTheWrapperNeverWhereItLives() {
        Optional<Path> home = Optional.of(Path.of("/home/can-bo"));
        assertEquals("./plandoc", Launcher.inFiles("./plandoc"));
        assertEquals("plandoc", Launcher.inFiles("plandoc"));
        assertEquals("plandoc", Launcher.inFiles("/opt/plandoc-0.1.0/plandoc"));
        assertEquals("plandoc", Launcher.inFiles("java -jar target/plandoc.jar"));
        assertEquals("plandoc", Launcher.inFiles("~/plandoc-0.1.0/plandoc"));
        assertEquals("plandoc", Launcher.inFiles("java -jar \"C:\\Users\\Nguyễn Văn A\\plandoc-0.1.0\\plandoc.jar\""));

        // The terminal's command: a path in the home (not under the working folder) from ~/, on POSIX only.
        Path cwd = Path.of("/srv/ke-hoach");
        assertEquals("~/plandoc-0.1.0/plandoc", Launcher.command(Optional.of("/home/can-bo/plandoc-0.1.0/plandoc"),
                Optional.of("/usr/bin"), Optional.empty(), cwd, home, false));
        assertEquals("java -jar ~/'Tải về/plandoc.jar'", Launcher.command(Optional.empty(), Optional.of("/usr/bin"),
                Optional.of(Path.of("/home/can-bo/Tải về/plandoc.jar")), cwd, home, false));
        assertEquals("./tools/plandoc", Launcher.command(Optional.of("/home/can-bo/tools/plandoc"), Optional.of("/usr/bin"),
                Optional.empty(), Path.of("/home/can-bo"), home, false), "under the working folder: from it");
        assertEquals("/opt/plandoc/plandoc", Launcher.command(Optional.of("/opt/plandoc/plandoc"), Optional.of("/usr/bin"),
                Optional.empty(), cwd, home, false));
    }

    /** cmd.exe and PowerShell keep single quotes as part of a path: a Windows path is shown in double quotes. */
    @Test
    void aWindowsPathIsQuotedAsWindowsShellsReadIt() {
        assertEquals("C:\\plandoc-0.1.0\\plandoc.jar", Launcher.quoted("C:\\plandoc-0.1.0\\plandoc.jar", true));
        assertEquals("\"C:\\Users\\Nguyễn Văn A\\plandoc.jar\"", Launcher.quoted("C:\\Users\\Nguyễn Văn A\\plandoc.jar", true));
        assertEquals("\"D:\\Ke hoach\\noi dung\"", Launcher.quoted("D:\\Ke hoach\\noi dung", true));
        assertEquals("'/opt/Phan mem/plandoc'", Launcher.quoted("/opt/Phan mem/plandoc", false));
    }

    /** The real wrapper script says how it was called, to the java it starts (a stand-in here). */
    @Test
    void theWrapperScriptPassesItsNameToJava() throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("src/main"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("target"));
        Files.write(project.resolve("target/plandoc.jar"), new byte[0]); // newer than the sources: no build
        Path wrapper = project.resolve("plandoc");
        Files.copy(Path.of("plandoc"), wrapper);
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"launcher=$PLANDOC_LAUNCHER\"\n");
        for (Path script : List.of(wrapper, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder builder = new ProcessBuilder(List.of("./plandoc", "new", "ke-hoach-moi"))
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("PLANDOC_JAVA", java.toString());
        builder.environment().put("PLANDOC_CDS", "off");
        builder.environment().remove(Launcher.ENVIRONMENT);
        assertEquals(0, builder.start().waitFor());
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.contains("launcher=./plandoc\n"), out);
    }

    /** The starter's next steps work where they are typed: another content folder is named in them. */
    @Test
    void newNamesTheContentFolderItWroteInto() {
        Path content = dir.resolve("noi dung");
        Cli.Result made = Cli.runNew("new", "ke-hoach-moi", "--content", content.toString());
        assertEquals(0, made.exit());
        String quoted = "'" + content + "'";
        assertTrue(made.outText().contains("./plandoc serve --content " + quoted + " để xem trước hoặc ./plandoc check "
                + quoted + " để kiểm tra."), made.outText());
    }
}
