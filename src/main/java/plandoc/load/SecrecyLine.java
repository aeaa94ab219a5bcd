package plandoc.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code secrecy:} line of a plan.yaml that could not be read as a plan (a YAML syntax error): such a plan keeps
 * its last published version, unless its text marks it secret — then it is withheld all the same, for a state secret
 * must not stay on the portal because its file has a typo elsewhere. The value as typed, quotes aside.
 */
public final class SecrecyLine {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*secrecy[ \\t]*:[ \\t]*[\"']?([^\"'#\\r\\n]*?)[\"']?[ \\t]*(#.*)?$");

    private SecrecyLine() {
    }

    public static Optional<String> in(Path folder) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(PlanLoader.PLAN_FILE));
        } catch (IOException e) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(new String(bytes, StandardCharsets.UTF_8));
        return m.find() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
