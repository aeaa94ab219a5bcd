package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import plandoc.render.AtomicFileWriter;
import plandoc.schema.PlanSchema;

/**
 * {@code plandoc schema [--out FILE]}: writes the JSON Schema of {@code plan.yaml} (generated from
 * the loader's own description of the format) where VS Code's YAML extension finds it;
 * {@code --out -} prints it instead.
 */
@Command(name = "schema")
final class SchemaCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "schema.out")
    String out = Path.of("site").resolve(PlanSchema.SITE_PATH).toString();

    @Mixin
    CommonOptions common;

    SchemaCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        byte[] schema = new PlanSchema().bytes();
        if (out.equals("-")) {
            console.out().write(schema);
            console.out().flush();
            return ExitCode.OK;
        }
        Path target = Path.of(out);
        new AtomicFileWriter().write(target, schema);
        console.out().println(console.text("schema.written", target));
        return ExitCode.OK;
    }
}
