package io.accountable.compliance.gift;

import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.AtOnce;
import io.accountable.devstack.DevStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class GiftConcurrencyTest {

    @Test
    void fiftyConcurrentUsd20GiftsToOneRecipientUnderAUsd300LimitAcceptExactlyFifteen() throws Exception {
        UUID recipient = contact("Contoso");
        List<UUID> givers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            givers.add(executive());
        }
        List<Integer> statuses = AtOnce.send(50, i -> () -> asExecutive(givers.get(i % givers.size()))
                .body(gift("2026-04-15", "20.00", recipient)).post("/api/gifts").statusCode());
        Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(201, 15L, 422, 35L), byStatus);
        assertEquals(15L, QuarkusTransaction.requiringNew().call(() -> GiftShare.count("recipientId", recipient)));
        assertEquals(35L, QuarkusTransaction.requiringNew().call(() -> GiftRefusal.count("recipientId", recipient)));
        BigDecimal total = QuarkusTransaction.requiringNew().call(() -> GiftShare.<GiftShare>list("recipientId", recipient).stream()
                .map(s -> s.shareUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(0, new BigDecimal("300.00").compareTo(total));
    }
}
