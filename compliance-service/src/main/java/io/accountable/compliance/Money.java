package io.accountable.compliance;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money in an ISO 4217 currency; the amount travels as a decimal string. */
@Schema(name = "Money", example = "{\"amount\": \"123.45\", \"currency\": \"USD\"}")
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 4) @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "123.45") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "USD") String currency) {

    public static final String USD = "USD";

    /** US dollars rounded to the cent, as the limit and every report count them. */
    public static Money usd(BigDecimal amount) {
        return new Money(cents(amount), USD);
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
