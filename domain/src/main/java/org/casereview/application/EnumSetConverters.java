package org.casereview.application;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Small sets of answers ("email, phone") kept in one column as their names, comma-separated, in the enum's order. */
public final class EnumSetConverters {

    private EnumSetConverters() {
    }

    public abstract static class Base<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

        private final Class<E> type;

        Base(Class<E> type) {
            this.type = type;
        }

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable Set<E> values) {
            if (values == null || values.isEmpty()) {
                return null;
            }
            return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<E> convertToEntityAttribute(@Nullable String column) {
            if (column == null || column.isBlank()) {
                return Set.of();
            }
            EnumSet<E> values = EnumSet.noneOf(type);
            Arrays.stream(column.split(",")).map(String::strip).forEach(name -> values.add(Enum.valueOf(type, name)));
            return Collections.unmodifiableSet(values);
        }
    }

    @Converter
    public static final class ImpactAreas extends Base<ImpactArea> {
        public ImpactAreas() {
            super(ImpactArea.class);
        }
    }

    @Converter
    public static final class ContactMethods extends Base<ContactMethod> {
        public ContactMethods() {
            super(ContactMethod.class);
        }
    }

    @Converter
    public static final class AccessibleFormats extends Base<AccessibleFormat> {
        public AccessibleFormats() {
            super(AccessibleFormat.class);
        }
    }
}
