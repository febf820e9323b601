package io.accountable.client.gift;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A list of ids in one column, comma-separated: read whole with its row, never queried by member. */
@Converter
public class UuidList implements AttributeConverter<List<UUID>, String> {

    @Override
    public String convertToDatabaseColumn(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    @Override
    public List<UUID> convertToEntityAttribute(String column) {
        return column.isEmpty() ? List.of() : Arrays.stream(column.split(",")).map(UUID::fromString).toList();
    }
}
