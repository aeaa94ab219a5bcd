package plandoc.render.html;

import plandoc.diagnostic.Message;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import plandoc.render.TemplateError;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.TimeZone;

/**
 * FreeMarker set up once per build over a templates folder the province may have copied and edited
 * ({@code --templates}), so templates are read from that folder and never from the classpath.
 */
public final class TemplateEngine {

    /** {@code titleText(…)}: a title's phrases kept on one line (render.TitlePhrases). */
    private static final TitleText TITLE_TEXT = new TitleText();
    private final Configuration configuration;
    private final Path templatesDir;
    /** The chrome's words for every page this engine renders, unless a render names others. */
    private final SiteText text;

    public TemplateEngine(Path templatesDir, RichHtml richHtml) throws IOException {
        this(templatesDir, richHtml, SiteText.vietnamese());
    }

    public TemplateEngine(Path templatesDir, RichHtml richHtml, SiteText text) throws IOException {
        this.templatesDir = templatesDir;
        this.text = text;
        Configuration cfg = configuration(templatesDir);
        cfg.setObjectWrapper(new RichObjectWrapper(Configuration.VERSION_2_3_35, richHtml));
        this.configuration = cfg;
    }

    /** FreeMarker as every render sets it up (a template parses the same in {@code check} as in {@code build}). */
    private static Configuration configuration(Path templatesDir) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true); // *.ftlh ⇒ HTML auto-escaping
        cfg.setTemplateExceptionHandler(TemplateFailure.HANDLER); // rethrows, noting the fields at hand
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Figures arrive formatted by compute; "computer" keeps any stray number from being localised.
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocale(Locale.forLanguageTag("vi-VN"));
        cfg.setTimeZone(TimeZone.getTimeZone(plandoc.model.VietnamTime.ZONE));
        // A province's edited templates are trusted less than our code: no ?api, no ?new on Java classes.
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }

    /**
     * The syntax errors of templates in {@code folder} ({@code names} relative to it), parsed alone as a render
     * would parse them, without rendering: what {@code check} says of a province's edited templates, at the same
     * place and in the same words as {@code build}.
     */
    public static List<TemplateError> syntaxErrors(Path folder, List<String> names) throws IOException {
        List<TemplateError> errors = new ArrayList<>();
        if (names.isEmpty()) {
            return errors; // no FreeMarker for a check with plandoc's own templates
        }
        Configuration cfg = configuration(folder);
        for (String name : names) {
            try {
                cfg.getTemplate(name);
            } catch (ParseException e) {
                errors.add(syntaxError(folder, e, name, e));
            }
        }
        return errors;
    }

    /**
     * Renders {@code templateName} with {@code model} as the root (a record: its components become
     * top-level variables).
     *
     * @param plan the slug of the plan being rendered, for the error message
     */
    public String render(String templateName, Object model, String plan) throws TemplateError {
        return render(templateName, model, plan, text);
    }

    /** As {@link #render(String, Object, String)}, the chrome in {@code chrome}'s language (the PDF's page: Vietnamese). */
    public String render(String templateName, Object model, String plan, SiteText chrome) throws TemplateError {
        Environment environment = null;
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter(64 * 1024);
            environment = template.createProcessingEnvironment(model, out);
            ObjectWrapper wrapper = configuration.getObjectWrapper();
            environment.setGlobalVariable("text", wrapper.wrap(chrome.texts()));
            environment.setGlobalVariable("lang", wrapper.wrap(chrome.language()));
            environment.setGlobalVariable("contentLang", wrapper.wrap(chrome.contentLanguage()));
            environment.setGlobalVariable("titleText", TITLE_TEXT);
            environment.process();
            return out.toString();
        } catch (TemplateException e) {
            ParseException syntax = TemplateFailure.syntaxCause(e);
            // A partial it imports does not parse: that partial's line, not the import's. A syntax slip is the
            // template's whatever plan is rendered: named without one, it is printed once for all the pages.
            if (syntax != null) {
                throw syntaxError(templatesDir, syntax, templateName, e);
            }
            throw new TemplateError(display(sourceName(e.getTemplateSourceName(), templateName)),
                    orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
                    TemplateFailure.running(e, environment), plan, e);
        } catch (ParseException e) {
            throw syntaxError(templatesDir, e, templateName, e);
        } catch (TemplateNotFoundException e) {
            throw new TemplateError(display(templateName), 0, 0, Message.of("render.template-missing"), plan, e);
        } catch (IOException e) {
            // FreeMarker's cache keeps a template that did not parse: the next page to use it (the second plan)
            // gets "an error … on an earlier attempt", wrapping the same syntax error, said once with its place.
            if (e.getCause() instanceof ParseException syntax) {
                throw syntaxError(templatesDir, syntax, templateName, e);
            }
            throw new TemplateError(display(templateName), 0, 0, Message.of("render.template-unreadable", String.valueOf(e.getMessage())), plan, e);
        }
    }

    /**
     * Reads and parses {@code templateName}, and the templates of its folder's {@code partials/}, into
     * FreeMarker's cache ahead of the first render: done on the thread that prepares the renderer while
     * the changed plan is checked, when the second core is still partly idle (issue 17). A template that
     * cannot be read or parsed is left for the render to report.
     */
    public void prepare(String templateName) {
        try {
            configuration.getTemplate(templateName);
            java.nio.file.Path partials = templatesDir.resolve("partials");
            if (java.nio.file.Files.isDirectory(partials)) {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(partials)) {
                    for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
                        configuration.getTemplate("partials/" + file.getFileName());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Reported by the render that needs the template — read afresh: FreeMarker's cache would
            // rethrow its failure wrapped, without the line and column.
            configuration.clearTemplateCache();
        }
    }

    /** The chrome's words this engine renders with. */
    public SiteText text() {
        return text;
    }

    private String display(String templateName) {
        return display(templatesDir, templateName);
    }

    private static String display(Path folder, String templateName) {
        return folder.resolve(templateName).toString().replace('\\', '/');
    }

    /** A template of {@code folder} that does not parse, at its line and column, said from its own text. */
    private static TemplateError syntaxError(Path folder, ParseException e, String templateName, Throwable cause) {
        String name = sourceName(e.getTemplateName(), templateName);
        Optional<String> source;
        try {
            source = Optional.of(java.nio.file.Files.readString(folder.resolve(name)));
        } catch (IOException | RuntimeException unreadable) {
            source = Optional.empty(); // said from FreeMarker's words alone
        }
        return new TemplateError(display(folder, name), e.getLineNumber(), e.getColumnNumber(),
                TemplateFailure.syntax(e, source), "", cause);
    }

    private static String sourceName(String reported, String fallback) {
        return reported == null ? fallback : reported;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
