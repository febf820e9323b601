package io.accountable.quota.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money in an ISO 4217 currency, positive in requests; JSON {"amount": "123.45", "currency": "USD"}. */
@Schema(name = "Money")
public record Money(
        @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, pattern = "^-?\\d{1,15}([.]\\d{1,2})?$", example = "20000.00",
                description = "At least 0.01 in a request; negative in an answer where money is taken back (a clawback, a negative adjustment)")
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "USD") String currency) {

    /** The amount in cents, as the API and the events show money. */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }
}
