package io.accountable.notification.webhook;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A set of event-type filters as one comma-separated column (types never contain commas). */
@Converter
public class EventTypeSetColumn implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> types) {
        return String.join(",", new TreeSet<>(types));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return new TreeSet<>(Arrays.stream(column.split(",")).map(String::strip).filter(type -> !type.isEmpty()).toList());
    }
}
