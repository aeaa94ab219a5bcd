package plandoc.render.html;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one record class that {@link RecordModel} reads itself, by name: those for which
 * FreeMarker's bean wrapper, too, answers {@code record.name} with a method's value. For a record that
 * is a component ({@code plan.info}), a method of no arguments ({@code links.tableFileCount}) or a JavaBean
 * getter's property ({@code isEmpty()} as {@code issuer.empty}).
 *
 * <p>A name is left to FreeMarker whenever anything could make its answer differ: the record (or a class
 * around it) is not public, the member access policy hides the method, the method is overloaded or
 * static, or two methods could claim the name (a component {@code value} beside {@code getValue()}; an
 * accessor itself named like a getter, {@code getter()}, which FreeMarker shows as a method only).
 */
final class RecordComponents {

    private final Map<String, Method> readers;

    private RecordComponents(Map<String, Method> readers) {
        this.readers = readers;
    }

    /** The method whose value is {@code record.name}, or null when FreeMarker's own model must answer. */
    Method reader(String name) {
        return readers.get(name);
    }

    static RecordComponents of(Class<? extends Record> type, MemberAccessPolicy policy) {
        Map<String, Method> readers = new HashMap<>();
        if (publicAllTheWay(type)) {
            ClassMemberAccessPolicy classPolicy = policy.forClass(type);
            Method[] methods = type.getMethods();
            Map<String, Integer> byName = new HashMap<>();
            Map<String, List<Method>> byProperty = new HashMap<>();
            for (Method method : methods) {
                byName.merge(method.getName(), 1, Integer::sum);
                String property = getterProperty(method);
                if (property != null) {
                    byProperty.computeIfAbsent(property, p -> new ArrayList<>()).add(method);
                }
            }
            for (Method method : methods) {
                if (!readable(method, type, classPolicy) || byName.get(method.getName()) != 1) {
                    continue;
                }
                String property = getterProperty(method);
                if (property == null && !byProperty.containsKey(method.getName()) && !namedLikeAGetter(method)) {
                    readers.put(method.getName(), method);
                } else if (property != null && byProperty.get(property).size() == 1 && !byName.containsKey(property)) {
                    readers.put(property, method);
                }
            }
        }
        return new RecordComponents(Map.copyOf(readers));
    }

    /** A public method of the record itself, of no arguments, returning a value. */
    private static boolean readable(Method method, Class<?> type, ClassMemberAccessPolicy policy) {
        return method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 0 && method.getReturnType() != void.class
                && !method.isSynthetic() && !method.isBridge()
                && !method.getName().equals("hashCode") && !method.getName().equals("toString")
                && policy.isMethodExposed(method);
    }

    /**
     * The JavaBean property a getter makes ({@code getTitle()}: "title", {@code boolean isEmpty()}:
     * "empty"), as {@code java.beans.Introspector} names it; null for any other method.
     */
    private static String getterProperty(Method method) {
        String name = method.getName();
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        if (name.length() > 3 && name.startsWith("get") && method.getReturnType() != void.class) {
            return decapitalize(name.substring(3));
        }
        if (name.length() > 2 && name.startsWith("is") && method.getReturnType() == boolean.class) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    /** Names a getter could be read as by another rule (an indexed {@code getX(int)}, a {@code Boolean isX()}). */
    private static boolean namedLikeAGetter(Method method) {
        String name = method.getName();
        return name.startsWith("get") || name.startsWith("is") && method.getReturnType() == Boolean.class;
    }

    /** {@code java.beans.Introspector.decapitalize}: "Title" → "title", "URL" → "URL". */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean publicAllTheWay(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
