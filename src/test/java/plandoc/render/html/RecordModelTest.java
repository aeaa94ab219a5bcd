package plandoc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.Rich;
import plandoc.resolved.Span;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record reaches a template exactly as FreeMarker's own bean wrapper showed it before {@link RecordModel}
 * (issue 17): every component of the bundled plans' pages reads the same, and a template using the rest
 * of what the bean wrapper exposes (methods, keys, the record as text) prints the same.
 */
public class RecordModelTest { // public: its records must be public to be read by RecordModel

    private static final RichHtml RICH = new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy()));

    @Test
    void everyComponentOfTheBundledPlansReadsAsFreeMarkerReadsIt() throws Exception {
        RichObjectWrapper wrapper = new RichObjectWrapper(Configuration.VERSION_2_3_35, RICH);
        int read = 0;
        for (String slug : List.of("ha-tinh-4086-2012", "ha-tinh-424-2022")) {
            ResolvedPlan plan = new Generator(Path.of("content")).resolve(Path.of("content", slug)).resolved().orElseThrow();
            PlanPage page = new PlanPage(plan, new IssuerName(plan.header().issuerLines(), plan.header().issuer()),
                    new IssuerName(plan.header().parentIssuerLines(), plan.header().parentIssuer()), new PlanLinks("index.html", "a.pdf", "plan.json", List.of()),
                    "../assets/", "../index.html");
            for (Record record : records(page)) {
                if (record instanceof Rich) {
                    continue; // HTML markup, not a hash
                }
                TemplateHashModel model = (TemplateHashModel) wrapper.wrap(record);
                TemplateHashModelEx reference = (TemplateHashModelEx) wrapper.beanModel(record);
                // Every name FreeMarker's model has for the record: components, methods, properties.
                for (TemplateModelIterator keys = reference.keys().iterator(); keys.hasNext(); ) {
                    String name = ((TemplateScalarModel) keys.next()).getAsString();
                    assertEquals(describe(reference.get(name)), describe(model.get(name)),
                            record.getClass().getSimpleName() + "." + name);
                    read++;
                }
            }
        }
        assertTrue(read > 1000, "the pages' records were walked: " + read);
        var policy = wrapper.getMemberAccessPolicy();
        assertNotNull(RecordComponents.of(ResolvedPlan.class, policy).reader("info"), "a component");
        assertNotNull(RecordComponents.of(PlanLinks.class, policy).reader("tableFileCount"), "a method");
        assertNotNull(RecordComponents.of(IssuerName.class, policy).reader("empty"), "a getter's property");
    }

    @Test
    void whatElseATemplateMayDoWithARecordPrintsAsBefore() throws Exception {
        // Each expression on its own, failures included: a template error must stay the same error.
        List<String> expressions = List.of("page.issuer.oneLine", "page.issuer.oneLine()", "page.issuer.lines?size",
                "page.issuer.empty?c", "page.issuer.isEmpty()?c", "page.issuer?has_content?c", "page.issuer?size",
                "page.issuer?keys?sort?join(',')", "page.issuer?values?size", "page.issuer", "page.issuer?is_string?c",
                "page.issuer?is_hash_ex?c", "page.issuer?is_method?c", "page.source.present?c",
                "page.source.digestText()", "page.source.history?size", "(page.nothing)!'none'",
                "page.overloaded.name", "page.overloaded.name('x')", "page.withGetter.value", "page.withGetter.getValue()",
                "page.getter", "page.getter()", "page.ter", "page.isolated?c", "page.isolated()?c", "page.olated?c",
                "page.issuer2", "page.issuer2()",
                "page.hidden.value", "page.text", "page.issuer.oneLine.length", "page.issuer.nothing()",
                "page.issuer.lines()?size", "page.issuer.hashCode()?is_number?c", "page.issuer.hashCode?is_method?c",
                "page.issuer.toString?is_method?c", "page.issuer.class?is_hash?c", "page.source.ownVersion?c");
        StringBuilder template = new StringBuilder();
        for (String expression : expressions) {
            template.append("<#attempt>${").append(expression).append("}<#recover>error: ${.error?keep_before('\\n')}</#attempt>\n");
        }
        Map<String, Object> root = Map.of("page", new Page(new IssuerName(List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"),
                "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), SourceView.NONE, new Overloaded("a"), new WithGetter("b"),
                new Hidden("c"), new plandoc.resolved.MarkdownText("**đậm** & <b>", List.of()), "g", true, "i"));
        String expected = render(template.toString(), root, new FreeMarkerOnly());
        assertEquals(expected, render(template.toString(), root, new RichObjectWrapper(Configuration.VERSION_2_3_35, RICH)));
        assertTrue(expected.startsWith("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n2\nfalse\nfalse\ntrue\n"), expected);
    }

    @Test
    void componentsFreeMarkerCouldReadOtherwiseAreLeftToIt() {
        var policy = new RichObjectWrapper(Configuration.VERSION_2_3_35, RICH).getMemberAccessPolicy();
        assertNull(RecordComponents.of(Overloaded.class, policy).reader("name"), "an overloaded accessor");
        assertNull(RecordComponents.of(WithGetter.class, policy).reader("value"), "a getter of the same property");
        assertNull(RecordComponents.of(Hidden.class, policy).reader("value"), "a record that is not public");
        assertNull(RecordComponents.of(Page.class, policy).reader("getter"), "an accessor named like a getter");
        assertNotNull(RecordComponents.of(Page.class, policy).reader("ter"), "... whose property FreeMarker reads");
        assertNull(RecordComponents.of(Page.class, policy).reader("isolated"), "a boolean accessor named like a getter");
        assertNull(RecordComponents.of(Span.class, policy).reader("text"), "a component beside a static method");
        assertNotNull(RecordComponents.of(Page.class, policy).reader("issuer2"));
        assertNotNull(RecordComponents.of(IssuerName.class, policy).reader("oneLine"));
    }

    public record Page(IssuerName issuer, SourceView source, Overloaded overloaded, WithGetter withGetter,
                       Hidden hidden, Rich text, String getter, boolean isolated, String issuer2) {
    }

    public record Overloaded(String name) {
        public String name(String suffix) {
            return name + suffix;
        }
    }

    public record WithGetter(String value) {
        public String getValue() {
            return "getter " + value;
        }
    }

    record Hidden(String value) {
    }

    /** The wrapper as it was before {@link RecordModel}: FreeMarker's bean models for records. */
    private static final class FreeMarkerOnly extends DefaultObjectWrapper {
        FreeMarkerOnly() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35), true);
        }

        @Override
        protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
            if (object instanceof Rich rich) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(RICH.toHtml(rich));
            }
            return super.handleUnknownType(object);
        }
    }

    private static String render(String source, Object root, ObjectWrapper wrapper) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(wrapper);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setBooleanFormat("c");
        StringWriter out = new StringWriter();
        new Template("test.ftlh", new StringReader(source), cfg).process(root, out);
        return out.toString();
    }

    /** What a template sees of a value: the model's kind and what it holds. */
    private static String describe(TemplateModel model) throws TemplateModelException {
        if (model == null) {
            return "null";
        }
        if (model instanceof TemplateMethodModel) {
            return model.getClass().getName(); // a method (or methods) to call
        }
        Object value = model instanceof TemplateMarkupOutputModel<?> markup
                ? markup.getOutputFormat().getMarkupString(cast(markup)) : DeepUnwrap.permissiveUnwrap(model);
        return model.getClass().getName() + ": " + value;
    }

    @SuppressWarnings("unchecked")
    private static <M extends TemplateMarkupOutputModel<M>> M cast(TemplateMarkupOutputModel<?> model) {
        return (M) model;
    }

    /** Every record reachable from {@code root} through records, collections, maps and optionals. */
    private static List<Record> records(Object root) {
        List<Record> found = new ArrayList<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Object value = todo.remove(todo.size() - 1);
            if (value == null || seen.put(value, true) != null) {
                continue;
            }
            if (value instanceof Record record) {
                found.add(record);
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        todo.add(component.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            } else if (value instanceof Collection<?> items) {
                todo.addAll(items);
            } else if (value instanceof Map<?, ?> map) {
                todo.addAll(map.values());
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(todo::add);
            }
        }
        return found;
    }
}
