package plandoc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plandoc.sign.PdfSigner;
import plandoc.sign.SignProblem;
import plandoc.sign.SigningKey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code plandoc sign FILE.pdf --keystore FILE.p12 [--alias A] [--organisation] [--signer-differs]}: adds a PAdES B-B
 * signature to a PDF plandoc wrote; first the competent person's, then (with {@code --organisation})
 * the organisation's. The password comes from {@value #PASSWORD_VARIABLE} or an interactive prompt,
 * never from the command line, and is never printed.
 */
@Command(name = "sign")
final class SignCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "PLANDOC_KEYSTORE_PASSWORD";

    private final Console console;

    @Parameters(index = "0", paramLabel = "${bundle:label.pdf}", descriptionKey = "sign.pdf")
    Path pdf;

    @Option(names = "--keystore", required = true, paramLabel = "${bundle:label.p12}", descriptionKey = "sign.keystore")
    Path keystore;

    @Option(names = "--alias", paramLabel = "${bundle:label.alias}", descriptionKey = "sign.alias")
    String alias;

    @Option(names = "--organisation", descriptionKey = "sign.organisation")
    boolean organisation;

    @Option(names = "--signer-differs", descriptionKey = "sign.signer-differs")
    boolean signerDiffers;

    @Mixin
    CommonOptions common;

    SignCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        char[] password = password();
        if (password == null) {
            console.err().println(console.text("sign.no-password", PASSWORD_VARIABLE));
            return ExitCode.USAGE;
        }
        try {
            ZonedDateTime now = ZonedDateTime.now(PdfSigner.VIETNAM).withNano(0);
            SigningKey key = SigningKey.load(keystore, Optional.ofNullable(alias), password, Date.from(now.toInstant()));
            new PdfSigner().sign(pdf, key, organisation ? PdfSigner.Role.ORGANISATION : PdfSigner.Role.PERSONAL,
                    signerDiffers ? PdfSigner.SignerCheck.KNOWN_TO_DIFFER : PdfSigner.SignerCheck.SAME_NAME, now);
            // In the form the build's messages give a time (s21 tryout 8), not ISO inside a sentence.
            console.out().println(console.text(organisation ? "sign.done-organisation" : "sign.done-personal", pdf,
                    console.time(now)));
            return ExitCode.OK;
        } catch (SignProblem problem) {
            console.err().println(console.text(problem.key(), problem.args()));
            return ExitCode.CONTENT;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password() {
        String fromEnvironment = console.environment().get(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        java.io.Console terminal = System.console();
        return terminal == null ? null : terminal.readPassword("%s", console.text("sign.prompt", keystore));
    }
}
