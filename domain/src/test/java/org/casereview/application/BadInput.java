package org.casereview.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jspecify.annotations.Nullable;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input nobody should type but somebody will: very long, empty, control characters, right-to-left text and the
 * characters that reverse it, emoji, markup and script, broken UTF-16. And every answer in words of an application,
 * found by walking its records, so that a field added later is covered without a change here.
 */
final class BadInput {

    /** Keys the form chooses, not words a person types. */
    static final Set<String> NOT_TYPED = Set.of("partnershipCode", "submissionKey");

    static final List<String> SAMPLES = List.of(
            "",
            "   \t  ",
            "x".repeat(5000),
            "Robin\u0000Resident\u0007\u001b[31m",
            "line one\r\nline two\rline three\u2028four",
            "\u202EnimdA\u202C ecnoB",
            "\u2067مرحبا\u2069 سارة الحسيني",
            "שלום עליכם",
            "👩🏽‍🦰 Zoë 🇬🇧 ❤️‍🔥",
            "<script>alert('x')</script><b>bold</b>&amp;&lt;",
            "\"><img src=x onerror=alert(1)>",
            "\uD800 lone high and lone low \uDC00",
            "\uFEFF\u200BInvisible\u2060 start",
            "'; DROP TABLE application; --",
            "%s %n {0} ${jndi:ldap://x}");

    private BadInput() {
    }

    /** The samples, and random strings made of the same troublesome kinds of character. */
    static Arbitrary<String> strings() {
        Arbitrary<String> mixed = Arbitraries.strings()
                .withCharRange('\u0000', '\u001f')
                .withChars('\u007f', '\u0085', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069',
                        '\u200e', '\u200f', '\u200d', '\ufeff', '\ud83d', '\ude00', '<', '>', '&', '"', '\'')
                .withCharRange('a', 'z').withCharRange('\u0600', '\u06ff').withCharRange('\u05d0', '\u05ea')
                .ofMinLength(0).ofMaxLength(300);
        Arbitrary<String> huge = Arbitraries.strings().alpha().ofMinLength(4001).ofMaxLength(20_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of(SAMPLES)),
                net.jqwik.api.Tuple.of(6, mixed),
                net.jqwik.api.Tuple.of(1, huge));
    }

    /** Whether text is safe as stored: no control character but a new line, nothing that re-orders text, no half pairs. */
    static boolean clean(@Nullable String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n') || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    // Walking records: "applicant.name", "incidents[0].description", "representation.groupMembers[1].name" --------

    /** Every typed text field reachable from {@code root} that has a value there (so it is asked in that case). */
    static List<String> textPaths(Object root) {
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        return paths;
    }

    private static void collect(Object value, String prefix, List<String> paths) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object child = read(value, component);
            String path = prefix + component.getName();
            if (child instanceof String && !NOT_TYPED.contains(component.getName())) {
                paths.add(path);
            } else if (child instanceof Record) {
                collect(child, path + ".", paths);
            } else if (child instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record) {
                        collect(list.get(i), path + "[" + i + "].", paths);
                    }
                }
            }
        }
    }

    static @Nullable Object get(Object root, String path) {
        Object value = root;
        for (String step : path.split("\\.")) {
            value = child(Objects.requireNonNull(value), step);
        }
        return value;
    }

    /** A copy of {@code root} with the value at {@code path} replaced, built through each record's constructor. */
    static <T> T with(T root, String path, @Nullable Object replacement) {
        @SuppressWarnings("unchecked")
        T copy = (T) replace(root, Arrays.asList(path.split("\\.")), replacement);
        return copy;
    }

    private static Object replace(Object value, List<String> steps, @Nullable Object replacement) {
        String step = steps.getFirst();
        String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = read(value, components[i]);
            if (components[i].getName().equals(name)) {
                if (step.contains("[")) {
                    int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
                    List<Object> list = new ArrayList<>((List<?>) arguments[i]);
                    list.set(index, replace(list.get(index), steps.subList(1, steps.size()), replacement));
                    arguments[i] = list;
                } else {
                    arguments[i] = steps.size() == 1 ? replacement
                            : replace(arguments[i], steps.subList(1, steps.size()), replacement);
                }
            }
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object child(Object value, String step) {
        String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Object child = read(value, component);
                if (step.contains("[")) {
                    return ((List<?>) Objects.requireNonNull(child))
                            .get(Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']'))));
                }
                return child;
            }
        }
        throw new IllegalArgumentException("No " + name + " in " + value.getClass().getSimpleName());
    }

    private static @Nullable Object read(Object value, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
