package io.accountable.compliance.report;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Streams report rows as an RFC 4180 CSV attachment, the format every report export shares. */
final class CsvExport {

    private CsvExport() {
    }

    static <T> Response of(String filename, List<String> header, List<T> rows, Function<T, List<String>> fields) {
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(line(header));
            for (T row : rows) {
                writer.write(line(fields.apply(row)));
            }
            writer.flush();
        };
        return Response.ok(csv, "text/csv").header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static String line(List<String> values) {
        return String.join(",", values.stream().map(CsvExport::field).toList()) + "\r\n";
    }

    /** A CSV field, quoted when it holds a comma, quote or line break, and defused against spreadsheet formulas. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
