package plandoc.cli;

import java.io.File;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line as typed on Windows, Vietnamese letters whole. The java launcher there reads its command
 * line in the system's "ANSI" code page (1252, or 1258 on a Vietnamese system), which cannot hold every
 * Vietnamese letter: {@code --province "Nghệ An"} arrives as {@code "Ngh? An"}. The {@code plandoc.cmd}
 * launcher also puts its arguments, as typed, in {@value #ENVIRONMENT}, which Java reads in UTF-16; they are split
 * here as the Microsoft C runtime splits a command line, and used when they are the JVM's own arguments as the
 * code page left them — not a variable inherited from another run. Only JDK types: {@link Main} calls this
 * before any library is loaded.
 */
final class WindowsArguments {
    /** Set by plandoc.cmd to its {@code %*}. */
    static final String ENVIRONMENT = "PLANDOC_ARGS";

    private WindowsArguments() {
    }

    static String[] recovered(String[] args) {
        return File.separatorChar == '\\' ? recovered(args, System.getenv(ENVIRONMENT)) : args;
    }

    /** The arguments split from {@code typed} when they match {@code args}, else {@code args}. */
    static String[] recovered(String[] args, String typed) {
        if (typed == null) {
            return args;
        }
        List<String> split = split(typed);
        if (split.size() != args.length) {
            return args;
        }
        for (int i = 0; i < args.length; i++) {
            if (!lossy(split.get(i), args[i])) {
                return args;
            }
        }
        return split.toArray(String[]::new);
    }

    /**
     * A command line's arguments by the Microsoft C runtime's rules: white space separates arguments outside
     * double quotes; 2n backslashes before a quote are n backslashes and the quote opens or closes, 2n+1 are n
     * and a literal quote; {@code ""} inside quotes is a literal quote; other backslashes are literal.
     */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean inArg = false;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!quoted && (c == ' ' || c == '\t')) {
                if (inArg) {
                    out.add(arg.toString());
                    arg.setLength(0);
                    inArg = false;
                }
                i++;
                continue;
            }
            inArg = true;
            if (c == '\\') {
                int n = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    n++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    arg.append("\\".repeat(n / 2));
                    if (n % 2 == 1) {
                        arg.append('"');
                        i++;
                    }
                } else {
                    arg.append("\\".repeat(n));
                }
            } else if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    arg.append('"');
                    i += 2;
                } else {
                    quoted = !quoted;
                    i++;
                }
            } else {
                arg.append(c);
                i++;
            }
        }
        if (inArg) {
            out.add(arg.toString());
        }
        return out;
    }

    /**
     * Whether {@code ansi} is {@code typed} as a code page may have left it: each letter without its marks
     * ("best fit" e for ệ), decomposed (1258's ê and a combining dot below), or "?".
     */
    static boolean lossy(String typed, String ansi) {
        String full = bare(typed);
        String kept = bare(ansi);
        if (full.length() != kept.length()) {
            return false;
        }
        for (int i = 0; i < full.length(); i++) {
            if (kept.charAt(i) != '?' && kept.charAt(i) != full.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }
}
