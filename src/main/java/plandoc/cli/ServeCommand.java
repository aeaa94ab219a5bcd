package plandoc.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import plandoc.templates.TemplateFolder;
import plandoc.templates.TemplateVersions;
import plandoc.render.RenderSettings;
import plandoc.serve.PreviewServer;

/**
 * {@code plandoc serve [--port N] [--host H]}: previews the site while the sources are edited.
 * Listens on the loopback interface unless {@code --host} says otherwise; starts from the published
 * site's files and writes into a folder of its own, never into the site, so a {@code plandoc build}
 * may run beside it; stops on Ctrl+C.
 */
@Command(name = "serve")
final class ServeCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "serve.port")
    int port = 8000;

    @Option(names = "--host", paramLabel = "${bundle:label.host}", descriptionKey = "serve.host")
    String host = "127.0.0.1";

    @Option(names = "--content", paramLabel = "${bundle:label.dir}", descriptionKey = "option.content")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "${bundle:label.dir}", descriptionKey = "option.templates")
    Path templates; // absent: ./templates when present, over the defaults packaged in plandoc

    @Option(names = "--out", paramLabel = "${bundle:label.dir}", descriptionKey = "serve.out")
    Path out; // the published site, only read: absent, site/ (the project's, when run inside its content folder)

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "option.jobs")
    int jobs = BuildCommand.defaultJobs();

    @Mixin
    CommonOptions common;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (Path dir : templates == null ? List.of(content) : List.of(content, templates)) {
            if (!Files.isDirectory(dir)) {
                return dir == content ? MissingFolder.reportContent(console, dir) : MissingFolder.report(console, dir);
            }
        }
        Path authorTemplates = templates != null ? templates : ProjectFolder.beside(content, "templates");
        if (out == null) {
            out = ProjectFolder.beside(content, "site");
        }
        // Said once at the start, as build says it: a province's template older than plandoc's.
        TemplateVersions.check(authorTemplates, console.messages().locale().getLanguage(), Launcher::command)
                .forEach(p -> console.err().println(console.messages().format(p)));
        templates = TemplateFolder.resolve(authorTemplates);
        if (port < 0 || port > 65535 || jobs < 1) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.bad-argument",
                    port < 0 || port > 65535 ? "--port " + port : "--jobs " + jobs));
            return ExitCode.USAGE;
        }
        // A preview needs no site address (s20 tryout 12): a bad one is said, as build would refuse it, and the
        // preview runs without it.
        SiteUrlVariable.problem(console.environment(), console).ifPresent(problem -> console.err().println(
                console.text("severity.warning") + ": " + problem + console.text("serve.site-url-ignored")));
        PreviewServer.Settings settings = new PreviewServer.Settings(content, templates, out, host, port, jobs,
                // The preview shows what a build publishes: the separate appendices too when the site remembers them.
                RenderSettings.fromEnvironment(console.environment()).withProvince(ContentProvince.of(content))
                        .withSeparateAppendices(plandoc.build.SeparateAppendices.choose(out, false, false).separate())
                        .withLanguage(console.messages().locale().getLanguage()),
                console.messages(), console.err()::println);
        PreviewServer server;
        try {
            server = PreviewServer.start(settings);
        } catch (BindException e) {
            console.err().println(console.text("severity.error") + ": " + console.text("serve.port-in-use", host, port));
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "plandoc-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        console.out().println(console.text("serve.listening", "http://" + shown + ":" + server.port() + "/",
                BuildReportPrinter.folderShown(content), BuildReportPrinter.folderShown(authorTemplates)));
        console.out().println(console.text("serve.site-untouched", out, Launcher.command()));
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            console.err().println(console.text("serve.exposed", host));
        }
        stopped.await();
        return ExitCode.OK;
    }
}
