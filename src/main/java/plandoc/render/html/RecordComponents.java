package plandoc.render.html;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The components of one record class that {@link RecordModel} reads itself: those for which FreeMarker's
 * bean wrapper, too, answers {@code record.name} with the accessor's value. A component is left to
 * FreeMarker when anything could make its answer differ: the record (or a class around it) is not
 * public, the member access policy hides the accessor, another public method has the same name
 * (overloads), a JavaBean getter ({@code getName()}, {@code isName()}) makes a property of that name, or
 * the accessor is itself named like a getter ({@code getter()}, {@code boolean isolated()}: FreeMarker then
 * shows it as a method only).
 */
final class RecordComponents {

    private final Map<String, Method> accessors;

    private RecordComponents(Map<String, Method> accessors) {
        this.accessors = accessors;
    }

    /** The accessor of component {@code name}, or null when FreeMarker's own model must answer. */
    Method accessor(String name) {
        return accessors.get(name);
    }

    static RecordComponents of(Class<? extends Record> type, MemberAccessPolicy policy) {
        Map<String, Method> accessors = new HashMap<>();
        if (publicAllTheWay(type)) {
            ClassMemberAccessPolicy classPolicy = policy.forClass(type);
            Method[] methods = type.getMethods();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                if (classPolicy.isMethodExposed(accessor) && !namedLikeAGetter(accessor)
                        && onlyMeaningOf(component.getName(), methods)) {
                    accessors.put(component.getName(), accessor);
                }
            }
        }
        return new RecordComponents(Map.copyOf(accessors));
    }

    private static boolean publicAllTheWay(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean namedLikeAGetter(Method accessor) {
        String name = accessor.getName();
        Class<?> type = accessor.getReturnType();
        return name.startsWith("get") || name.startsWith("is") && (type == boolean.class || type == Boolean.class);
    }

    /** No overload of the accessor, and no getter whose property would have the component's name. */
    private static boolean onlyMeaningOf(String name, Method[] methods) {
        int sameName = 0;
        for (Method method : methods) {
            String methodName = method.getName();
            if (methodName.equals(name)) {
                sameName++;
            } else if (propertyLike(methodName, "get", name) || propertyLike(methodName, "is", name)) {
                return false;
            }
        }
        return sameName == 1;
    }

    private static boolean propertyLike(String methodName, String prefix, String name) {
        return methodName.length() == prefix.length() + name.length() && methodName.startsWith(prefix)
                && methodName.regionMatches(true, prefix.length(), name, 0, name.length());
    }
}
