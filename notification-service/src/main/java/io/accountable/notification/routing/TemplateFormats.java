package io.accountable.notification.routing;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** Formatting helpers for notification templates, as {@code fmt:money(...)}. */
@TemplateExtension(namespace = "fmt")
public class TemplateFormats {

    private TemplateFormats() {
    }

    /**
     * Money as the contracts carry it ({amount, currency}), or a bare USD amount, as "USD 1,234.50":
     * the currency's code, then the amount grouped in thousands with the currency's decimals.
     */
    static String money(Object value) {
        if (value instanceof Map<?, ?> money) {
            return amount(String.valueOf(money.get("currency")), money.get("amount"));
        }
        return value == null ? "-" : amount("USD", value);
    }

    /** An enum constant as words: "UNLISTED_RECIPIENT" as "unlisted recipient". */
    static String words(Object constant) {
        return constant == null ? "-" : constant.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String amount(String currency, Object amount) {
        try {
            int scale = Currency.getInstance(currency).getDefaultFractionDigits();
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
            format.setMinimumFractionDigits(Math.max(scale, 0));
            format.setMaximumFractionDigits(Math.max(scale, 0));
            return currency + " " + format.format(new BigDecimal(String.valueOf(amount)).setScale(Math.max(scale, 0), RoundingMode.HALF_EVEN));
        } catch (IllegalArgumentException notAnAmountOrCurrency) {
            // tolerant reader: what the publisher sent, as it sent it
            return currency + " " + amount;
        }
    }
}
