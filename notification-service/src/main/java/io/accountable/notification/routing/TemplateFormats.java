package io.accountable.notification.routing;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/** Formatting helpers for notification templates, as {@code fmt:money(...)}. */
@TemplateExtension(namespace = "fmt")
public class TemplateFormats {

    private TemplateFormats() {
    }

    /** Money as the contracts carry it ({amount, currency}), or a bare USD amount, as "USD 1234.50". */
    static String money(Object value) {
        if (value instanceof Map<?, ?> money) {
            return money.get("currency") + " " + money.get("amount");
        }
        return value == null ? "-" : "USD " + value;
    }
}
