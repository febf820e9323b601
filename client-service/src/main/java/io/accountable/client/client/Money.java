package io.accountable.client.client;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in a currency; the amount reads as a number or a decimal string and is written as a decimal string. */
@Schema(name = "Money", example = "{\"amount\": \"250000.00\", \"currency\": \"USD\"}")
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 4) @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "250000.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") @Schema(example = "USD") String currency) {

    /** As stored (four decimals), shown with the decimals that matter but at least cents. */
    public static Money of(BigDecimal amount, String currency) {
        BigDecimal shown = amount.stripTrailingZeros();
        return new Money(shown.scale() < 2 ? shown.setScale(2) : shown, currency);
    }
}
