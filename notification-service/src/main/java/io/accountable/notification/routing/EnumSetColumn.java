package io.accountable.notification.routing;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of enum constants as one comma-separated column, in declaration order. */
abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    EnumSetColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).forEach(name -> values.add(Enum.valueOf(type, name)));
        }
        return values;
    }

    @jakarta.persistence.Converter
    public static class Audiences extends EnumSetColumn<Audience> {
        public Audiences() {
            super(Audience.class);
        }
    }

    @jakarta.persistence.Converter
    public static class Channels extends EnumSetColumn<Channel> {
        public Channels() {
            super(Channel.class);
        }
    }
}
