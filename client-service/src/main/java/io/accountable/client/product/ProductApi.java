package io.accountable.client.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the product catalogue's REST API reads and writes. */
public final class ProductApi {

    private ProductApi() {
    }

    static final String CODE = "[A-Z][A-Z0-9_]{0,31}";

    @Schema(name = "NewProduct")
    public record NewProduct(
            @NotBlank @Pattern(regexp = CODE, message = "must be 1-32 upper-case letters, digits or _") @Schema(example = "FX_FORWARDS") String code,
            @NotBlank @Size(max = 100) @Schema(example = "FX forwards") String name,
            @NotBlank @Size(max = 100) @Schema(example = "FX") String productLine,
            @Schema(description = "Offered from this day; today (firm calendar) when absent", example = "2026-01-01") LocalDate effectiveFrom,
            @Schema(description = "Offered until the day before this one; absent for no end", example = "2027-01-01") LocalDate effectiveTo,
            @Schema(description = "true when absent; an inactive product is not offered whatever its dates", example = "true") Boolean active) {
    }

    @Schema(name = "ProductChange", description = "The whole product as it should be, with the version it was read at")
    public record ProductChange(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String productLine,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotNull Boolean active,
            @NotNull @PositiveOrZero @Schema(description = "The version this change was based on (optimistic locking)", example = "0") Long version) {
    }

    @Schema(name = "Product")
    public record ProductView(
            @Schema(required = true, example = "FX_FORWARDS") String code,
            @Schema(required = true, example = "FX forwards") String name,
            @Schema(required = true, example = "FX") String productLine,
            @Schema(required = true) boolean active,
            @Schema(required = true) LocalDate effectiveFrom,
            @Schema(required = true, nullable = true, description = "Exclusive; null: no end") LocalDate effectiveTo,
            @Schema(required = true, description = "Offered today: active and within its dates") boolean offeredToday,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt) {

        static ProductView of(Product product, LocalDate today) {
            return new ProductView(product.code, product.name, product.productLine, product.active, product.effectiveFrom, product.effectiveTo,
                    product.offeredOn(today), product.version, product.updatedAt);
        }
    }
}
