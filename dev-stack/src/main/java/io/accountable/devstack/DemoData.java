package io.accountable.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data {@code ./accountable up --demo} loads: a sales team's year so far, entered through the
 * services' public REST APIs as people would enter it. The rest follows from the services' own
 * events, as in production: quota-service credits the won deals, notification-service fills the
 * inboxes, client-service's cadence check finds the clients nobody has called.
 */
final class DemoData {

    private static final String CLIENT = "client-service";
    private static final String QUOTA = "quota-service";
    private static final String COMPLIANCE = "compliance-service";
    private static final String NOTIFICATION = "notification-service";

    /** How long a service may take to learn, from another service's events, of what a request names. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    /** Problems that mean "not in this service's read model yet": the event naming it is still on its way. */
    private static final Set<String> NOT_YET_KNOWN = Set.of("urn:accountable:problem:unknown-executive",
            "urn:accountable:problem:unknown-giver", "urn:accountable:problem:unknown-contact");

    private static final String CURRENCY = "USD";

    /** Someone of the demo who gets a token: they log in with their executive id as subject. */
    record Member(String role, String fullName, String region, String id) {
    }

    /** What the load did; {@code summary} is empty when an earlier run had loaded the data already. */
    record Loaded(List<Member> team, List<String> summary, boolean alreadyLoaded) {
    }

    /** A member of the firm's sales organisation; the manager carries no quota of their own. */
    private record Person(String fullName, String region, String hireDate, int annualQuota) {
        String email() {
            return address(fullName, "firm.example");
        }
    }

    private record ContactSpec(String fullName, String title, String role) {
    }

    /** An interaction {@code daysAgo}, with the client's contact {@code contact}; a follow-up in {@code followUpInDays} (null: none). */
    private record Touch(int daysAgo, String kind, int contact, String summary, String outcome, Integer followUpInDays) {
    }

    /** An opportunity: open and expected to close in {@code days}, or WON or LOST {@code days} ago. */
    private record Deal(String productLine, int amount, String stage, int probability, int days, String lostReason) {
        boolean open() {
            return !stage.equals("WON") && !stage.equals("LOST");
        }
    }

    private record ClientSpec(int executive, String legalName, String clientType, String tier, String industry, String segment,
            int heldForMonths, String domain, List<ContactSpec> contacts, List<Touch> touches, List<Deal> deals) {
    }

    /** A gift from a client's executive to its first contact; 0 percent means "just under the limit". */
    private record GiftSpec(int client, String description, int percentOfLimit, int daysAgo) {
    }

    private static final Person MANAGER = new Person("Morgan Ellis", "National", "2014-04-14", 0);

    private static final List<Person> EXECUTIVES = List.of(
            new Person("Priya Raman", "Northeast", "2019-09-03", 1_500_000),
            new Person("Daniel Okafor", "Southeast", "2021-01-18", 1_200_000),
            new Person("Sofia Marquez", "West", "2018-06-04", 1_350_000),
            new Person("Ethan Brooks", "Midwest", "2022-03-14", 900_000));

    private static final Map<String, String> AREA_CODES = Map.of("Northeast", "212", "Southeast", "305", "West", "415", "Midwest", "312");

    private static final String COMPLIANCE_OFFICER = "Carmen Ortega";

    /*
     * The seeded tiers' cadences are 30 (KEY), 60 (PRIORITY) and 90 (STANDARD) days; Gulfstream,
     * Cascade and Great Lakes were last contacted longer ago than that, every other client within it.
     */
    private static final List<ClientSpec> CLIENTS = List.of(
            new ClientSpec(0, "Harborview Capital Partners LLC", "CORPORATE", "KEY", "Financial services", "Large enterprise", 30,
                    "harborviewcap.example",
                    List.of(contact("Jordan Reyes", "Chief Financial Officer", "DECISION_MAKER"),
                            contact("Avery Chen", "Treasurer", "FINANCE"),
                            contact("Samira Patel", "Head of Operations", "INFLUENCER")),
                    List.of(touch(52, "MEETING", 0, "Quarterly business review", "Wants a proposal to renew the credit facility", null),
                            touch(33, "CALL", 1, "Credit facility renewal: pricing options", null, null),
                            touch(19, "EMAIL", 1, "Sent the draft term sheet", null, null),
                            touch(6, "MEETING", 0, "Term sheet walkthrough with the CFO",
                                    "Legal review under way; decision expected next month", 5)),
                    List.of(won("Treasury management", 85_000, 47),
                            open("Credit facility renewal", 250_000, "PROPOSAL", 50, 40))),
            new ClientSpec(0, "Whitmore Family Office", "CORPORATE", "PRIORITY", "Family office", "Private wealth", 20,
                    "whitmorefo.example",
                    List.of(contact("Charlotte Whitmore", "Principal", "DECISION_MAKER"),
                            contact("Graham Lowell", "Chief Investment Officer", "INFLUENCER")),
                    List.of(touch(41, "VISIT", 0, "Annual portfolio review at the family office", "Interested in private credit", null),
                            touch(14, "CALL", 1, "Rebalancing after the rate cut", null, null)),
                    List.of(won("Wealth advisory mandate", 42_500, 95),
                            open("Alternative investments allocation", 90_000, "QUALIFICATION", 20, 75))),
            new ClientSpec(0, "Eleanor Vance", "INDIVIDUAL", "STANDARD", "Private client", "High net worth", 9, "vancefamily.example",
                    List.of(contact("Eleanor Vance", "Client", "DECISION_MAKER"),
                            contact("Robert Lin", "Accountant (CPA)", "FINANCE")),
                    List.of(touch(58, "MEETING", 0, "Retirement income plan", null, null),
                            touch(27, "CALL", 1, "Tax-loss harvesting before year end", "Robert sends the realised gains report", null)),
                    List.of(won("Managed portfolio", 18_000, 160))),
            new ClientSpec(1, "Gulfstream Logistics Inc.", "CORPORATE", "KEY", "Logistics", "Mid-market", 26,
                    "gulfstreamlogistics.example",
                    List.of(contact("Marcus Delgado", "Chief Financial Officer", "DECISION_MAKER"),
                            contact("Tanya Ruiz", "Controller", "FINANCE")),
                    List.of(touch(57, "MEETING", 0, "FX exposure review for the Latin America lanes", null, null),
                            touch(38, "CALL", 1, "Supply-chain finance: next steps", "Waiting for board approval", null)),
                    List.of(won("FX hedging program", 120_000, 110),
                            open("Supply-chain finance", 180_000, "NEGOTIATION", 70, 25))),
            new ClientSpec(1, "Palmetto Health Systems", "CORPORATE", "PRIORITY", "Healthcare", "Large enterprise", 14,
                    "palmettohealth.example",
                    List.of(contact("Angela Foster", "VP Finance", "DECISION_MAKER"),
                            contact("Kevin Nguyen", "Treasury Analyst", "USER"),
                            contact("Lisa Grant", "General Counsel", "LEGAL")),
                    List.of(touch(44, "EVENT", 0, "Healthcare CFO roundtable", null, null),
                            touch(23, "MEETING", 1, "Cash management implementation kick-off", null, null),
                            touch(5, "CALL", 0, "Debrief on the payroll services decision", "Send the implementation timeline", -1)),
                    List.of(won("Cash management", 64_000, 21),
                            lost("Payroll services", 30_000, 12, "Stayed with the incumbent provider"))),
            new ClientSpec(1, "Nathaniel Bell", "INDIVIDUAL", "STANDARD", "Private client", "Mass affluent", 5, "bellhousehold.example",
                    List.of(contact("Nathaniel Bell", "Client", "DECISION_MAKER")),
                    List.of(touch(31, "CALL", 0, "College savings plan for two children", null, null)),
                    List.of(open("Estate planning", 15_000, "QUALIFICATION", 30, 60))),
            new ClientSpec(2, "Cascade Renewable Energy Corp.", "CORPORATE", "PRIORITY", "Energy", "Mid-market", 18,
                    "cascaderenewables.example",
                    List.of(contact("Hannah Olsen", "Chief Financial Officer", "DECISION_MAKER"),
                            contact("Victor Sato", "Director of Project Finance", "INFLUENCER")),
                    List.of(touch(72, "MEETING", 0, "Green bond: closing dinner", null, null),
                            touch(66, "CALL", 1, "Project finance advisory: first ideas", "Victor shares the 2027 project list", null)),
                    List.of(won("Green bond underwriting", 150_000, 70),
                            open("Project finance advisory", 300_000, "QUALIFICATION", 25, 120))),
            new ClientSpec(2, "Sierra Vista Unified School District", "CORPORATE", "STANDARD", "Public sector", "Government", 11,
                    "sierravistausd.example",
                    List.of(contact("Rosa Jimenez", "Business Manager", "DECISION_MAKER"),
                            contact("Paul Andersen", "Procurement Officer", "GATEKEEPER")),
                    List.of(touch(36, "MEETING", 0, "Public funds custody requirements", null, null),
                            touch(9, "EMAIL", 1, "Sent the custody proposal", null, 7)),
                    List.of(open("Public funds custody", 60_000, "PROPOSAL", 40, 45))),
            new ClientSpec(2, "Helen Park, MD", "INDIVIDUAL", "PRIORITY", "Private client", "High net worth", 7, "parkmedical.example",
                    List.of(contact("Helen Park", "Client", "DECISION_MAKER"),
                            contact("Michael Tran", "Estate Attorney", "LEGAL")),
                    List.of(touch(47, "VISIT", 0, "Proceeds of the practice sale: investment options", null, null),
                            touch(12, "CALL", 0, "Retirement plan rollover paperwork", null, null)),
                    List.of(won("Retirement plan rollover", 12_500, 8))),
            new ClientSpec(3, "Great Lakes Manufacturing Co.", "CORPORATE", "PRIORITY", "Manufacturing", "Mid-market", 22,
                    "greatlakesmfg.example",
                    List.of(contact("Richard Kowalski", "Chief Financial Officer", "DECISION_MAKER"),
                            contact("Amy Schultz", "Controller", "FINANCE"),
                            contact("Jason Miller", "Director of Plant Operations", "TECHNICAL")),
                    List.of(touch(71, "VISIT", 2, "Plant tour and capital expenditure plan", null, null),
                            touch(63, "CALL", 0, "Equipment financing: signed", "Revisit treasury services in the new year", null)),
                    List.of(won("Equipment financing", 38_000, 64),
                            open("Treasury management", 110_000, "QUALIFICATION", 20, 90))),
            new ClientSpec(3, "Prairie Grain Cooperative", "CORPORATE", "STANDARD", "Agriculture", "Mid-market", 15, "prairiegrain.example",
                    List.of(contact("Linda Hoffman", "General Manager", "DECISION_MAKER"),
                            contact("Greg Larson", "Grain Merchandiser", "INFLUENCER")),
                    List.of(touch(50, "MEETING", 0, "Hedging needs for the harvest season", null, null),
                            touch(17, "CALL", 1, "Questions on the commodity hedging proposal", "Board meets next week", 3)),
                    List.of(open("Commodity hedging", 75_000, "NEGOTIATION", 65, 20))),
            new ClientSpec(3, "Thomas Whitaker", "INDIVIDUAL", "STANDARD", "Private client", "High net worth", 4, "whitakertrust.example",
                    List.of(contact("Thomas Whitaker", "Client", "DECISION_MAKER")),
                    List.of(touch(25, "MEETING", 0, "Introduction to trust services", null, null),
                            touch(4, "CALL", 0, "Trustee options", null, null)),
                    List.of(open("Trust services", 22_000, "PROPOSAL", 50, 35))));

    private static final List<GiftSpec> GIFTS = List.of(
            new GiftSpec(0, "Gift basket and a bottle of Bordeaux after the treasury-management closing", 0, 3),
            new GiftSpec(4, "Golf accessories set", 30, 10),
            new GiftSpec(6, "Hardcover book on the energy transition", 15, 20),
            new GiftSpec(9, "Bottle of wine after the equipment-financing closing", 25, 60));

    private final ServiceFleet fleet;
    private final DevTokens tokens;
    private final Path home;
    private final Caller admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int phonesGiven;

    private DemoData(ServiceFleet fleet, DevTokens tokens, Path home) {
        this.fleet = fleet;
        this.tokens = tokens;
        this.home = home;
        this.admin = new Caller("admin", tokens.mint("admin", LocalRun.defaultSubject("admin")));
    }

    /**
     * Loads the demo through {@code fleet}'s APIs, unless an earlier run did; either way returns the demo's team.
     *
     * @param home where the local run keeps its data, named when a failure leaves part of the demo behind
     */
    static Loaded load(ServiceFleet fleet, DevTokens tokens, Path home) {
        return new DemoData(fleet, tokens, home).load();
    }

    private Loaded load() {
        long started = System.nanoTime();
        Map<String, JsonObject> directory = executivesByEmail();
        if (directory.containsKey(MANAGER.email())) {
            return new Loaded(team(directory), List.of(), true);
        }
        JsonObject policy = expect(200, get(COMPLIANCE, "/api/policy", admin)).object();
        LocalDate today = LocalDate.parse(policy.getString("date"));
        Map<String, Integer> cadences = tierCadences();

        // the welcome's compliance-officer token is this staff member's, so it sees the gift warnings; a developer may have
        // registered it already
        Request officer = post(NOTIFICATION, "/api/staff-members", admin, json(Map.of("id", LocalRun.defaultSubject("compliance-officer"),
                "fullName", COMPLIANCE_OFFICER, "email", address(COMPLIANCE_OFFICER, "firm.example"), "role", "COMPLIANCE_OFFICER")));
        Answer registered = send(officer);
        if (registered.status() != 201 && !registered.problemType().equals("urn:accountable:problem:staff-member-exists")) {
            throw unexpected(officer, registered, 201);
        }
        String managerId = register(MANAGER, null);
        List<String> executiveIds = EXECUTIVES.stream().map(person -> register(person, managerId)).toList();
        List<Caller> sellers = new ArrayList<>();
        for (int i = 0; i < EXECUTIVES.size(); i++) {
            sellers.add(new Caller(EXECUTIVES.get(i).fullName(), tokens.mint("account-executive", executiveIds.get(i))));
        }

        // quota-service's fiscal year starts in January unless configured otherwise, and the local run does not
        int fiscalYear = today.getYear();
        LocalDate yearStart = LocalDate.of(fiscalYear, 1, 1);

        // the clients and their pipeline first: meanwhile the other services learn of the executives and contacts
        List<List<String>> contactIds = new ArrayList<>();
        List<String> clientIds = new ArrayList<>();
        List<Runnable> closings = new ArrayList<>();
        for (ClientSpec spec : CLIENTS) {
            Caller seller = sellers.get(spec.executive());
            String clientId = onboard(spec, executiveIds.get(spec.executive()), today);
            clientIds.add(clientId);
            List<String> contacts = addContacts(spec, clientId, seller);
            contactIds.add(contacts);
            for (Touch touch : spec.touches()) {
                logInteraction(clientId, contacts, touch, seller, today);
            }
            for (Deal deal : spec.deals()) {
                JsonObject opportunity = openDeal(clientId, deal, seller, today, yearStart);
                if (!deal.open()) {
                    closings.add(() -> close(opportunity, deal, seller, today, yearStart));
                }
            }
        }
        // quotas before the closings: quota-service notifies attainment thresholds as it credits each sale
        String planName = "Account executive plan FY" + fiscalYear;
        compensate(planName, yearStart, executiveIds);
        closings.forEach(Runnable::run);
        String nearLimit = giveGifts(policy, today, sellers, contactIds);
        String crossSell = sellProducts(today, clientIds, sellers, contactIds, executiveIds);

        for (int i = 0; i < EXECUTIVES.size(); i++) {
            int executive = i;
            long won = CLIENTS.stream().filter(c -> c.executive() == executive).flatMap(c -> c.deals().stream())
                    .filter(deal -> deal.stage().equals("WON")).count();
            awaitCredited(executiveIds.get(i), EXECUTIVES.get(i), won);
        }

        List<Member> team = new ArrayList<>();
        team.add(new Member("sales-manager", MANAGER.fullName(), MANAGER.region(), managerId));
        for (int i = 0; i < EXECUTIVES.size(); i++) {
            team.add(new Member("account-executive", EXECUTIVES.get(i).fullName(), EXECUTIVES.get(i).region(), executiveIds.get(i)));
        }
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        List<String> summary = new ArrayList<>(summary(seconds, planName, fiscalYear, cadences, nearLimit));
        summary.add(crossSell);
        return new Loaded(team, summary, false);
    }

    private static List<String> summary(long seconds, String planName, int fiscalYear, Map<String, Integer> cadences, String nearLimit) {
        List<Deal> deals = CLIENTS.stream().flatMap(c -> c.deals().stream()).toList();
        List<Deal> open = deals.stream().filter(Deal::open).toList();
        List<Deal> won = deals.stream().filter(deal -> deal.stage().equals("WON")).toList();
        long lapsed = CLIENTS.stream()
                .filter(c -> c.touches().stream().mapToInt(Touch::daysAgo).min().orElseThrow() > cadences.get(c.tier())).count();
        return List.of(
                "Demo data loaded in " + seconds + " s, all of it through the REST APIs:",
                "  " + MANAGER.fullName() + " (sales manager) and " + EXECUTIVES.size() + " account executives, each on \"" + planName
                        + "\" with an FY" + fiscalYear + " quota",
                "  " + CLIENTS.size() + " active clients (" + CLIENTS.stream().filter(c -> c.tier().equals("KEY")).count()
                        + " key accounts), " + CLIENTS.stream().mapToInt(c -> c.contacts().size()).sum() + " contacts, "
                        + CLIENTS.stream().mapToInt(c -> c.touches().size()).sum() + " interactions over the last "
                        + CLIENTS.stream().flatMap(c -> c.touches().stream()).mapToInt(Touch::daysAgo).max().orElseThrow() + " days",
                "  " + open.size() + " open opportunities (" + total(open) + "), " + won.size() + " won this year (" + total(won)
                        + ", credited by quota-service), " + (deals.size() - open.size() - won.size()) + " lost",
                "  " + GIFTS.size() + " gifts; " + nearLimit,
                "  " + lapsed + " clients are past their contact cadence: the next cadence check (each minute in a demo run)"
                        + " notifies their executives");
    }

    private static String total(List<Deal> deals) {
        return amount(deals.stream().map(deal -> BigDecimal.valueOf(deal.amount())).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** A commission plan with rising tiers and a bonus at 100% of quota, and the year's quota, for every executive. */
    private void compensate(String planName, LocalDate yearStart, List<String> executiveIds) {
        String planId = expect(201, post(QUOTA, "/api/plans", admin, json(Map.of("name", planName, "currency", CURRENCY, "terms", Map.of(
                "effectiveFrom", yearStart.toString(), "tierMode", "MARGINAL_RUNNING_TOTAL", "commissionPeriod", "MONTH",
                "tierBasis", "AMOUNT", "baseSalary", 85_000,
                "tiers", List.of(Map.of("threshold", 0, "ratePercent", 4), Map.of("threshold", 50_000, "ratePercent", 6),
                        Map.of("threshold", 100_000, "ratePercent", 8)),
                "bonuses", List.of(Map.of("attainmentPercent", 100, "amount", 2_500))))))).object().getString("id");
        for (int i = 0; i < EXECUTIVES.size(); i++) {
            String executiveId = executiveIds.get(i);
            untilKnown(201, post(QUOTA, "/api/plans/" + planId + "/assignments", admin,
                    json(Map.of("executiveId", executiveId, "from", yearStart.toString()))));
            untilKnown(201, put(QUOTA, "/api/quotas/" + executiveId + "/" + yearStart.getYear(), admin,
                    json(Map.of("annualAmount", money(BigDecimal.valueOf(EXECUTIVES.get(i).annualQuota())),
                            "reason", "Annual quota FY" + yearStart.getYear()))));
        }
    }

    /** Records the gifts, amounts in proportion to the policy's limit; returns what the summary says of the one near it. */
    /** A catalogue product: code, name, line. */
    private record ProductSpec(String code, String name, String line) {
    }

    private static final List<ProductSpec> PRODUCTS = List.of(
            new ProductSpec("CUSTODY", "Global custody", "Custody"),
            new ProductSpec("FX_FORWARDS", "FX forwards", "FX"),
            new ProductSpec("TREASURY_MGMT", "Treasury management", "Treasury management"),
            new ProductSpec("WEALTH_ADVISORY", "Wealth advisory", "Advisory"),
            new ProductSpec("SUPPLY_CHAIN_FIN", "Supply-chain finance", "Trade finance"));

    /**
     * Products held by client (index into CLIENTS), chosen so that cross-sell explains itself: of the
     * four Mid-market clients, Gulfstream and Cascade hold FX forwards and treasury management (and
     * Gulfstream supply-chain finance), Great Lakes treasury management only, Prairie Grain nothing, so
     * Prairie Grain is offered treasury management (3 of 4), then FX forwards (2 of 4), then
     * supply-chain finance (1 of 4). Clients are held for at least nine months, so every opening is past.
     */
    private static final Map<Integer, List<String>> HOLDINGS = Map.of(
            0, List.of("CUSTODY", "TREASURY_MGMT"),
            1, List.of("WEALTH_ADVISORY"),
            2, List.of("WEALTH_ADVISORY"),
            3, List.of("FX_FORWARDS", "TREASURY_MGMT", "SUPPLY_CHAIN_FIN"),
            4, List.of("CUSTODY"),
            6, List.of("FX_FORWARDS", "TREASURY_MGMT"),
            8, List.of("WEALTH_ADVISORY"),
            9, List.of("TREASURY_MGMT"));

    /** Survey answers: client index, scale, score, days ago. Gulfstream's CSAT 3 takes it below its KEY tier's floor of 4. */
    private record SurveySpec(int client, String scale, int score, int daysAgo) {
    }

    private static final List<SurveySpec> SURVEYS = List.of(
            new SurveySpec(0, "NPS", 9, 40), new SurveySpec(0, "NPS", 10, 8), new SurveySpec(1, "CSAT", 5, 30),
            new SurveySpec(3, "CSAT", 3, 4), new SurveySpec(4, "NPS", 8, 21), new SurveySpec(9, "CSAT", 4, 12));

    /** The catalogue, the clients' holdings and survey answers; returns the summary's line on where to look. */
    private String sellProducts(LocalDate today, List<String> clientIds, List<Caller> sellers, List<List<String>> contactIds,
            List<String> executiveIds) {
        for (ProductSpec product : PRODUCTS) {
            expect(201, post(CLIENT, "/api/products", admin, json(Map.of("code", product.code(), "name", product.name(),
                    "productLine", product.line(), "effectiveFrom", "2020-01-01"))));
        }
        int holdings = 0;
        for (int client = 0; client < CLIENTS.size(); client++) {
            List<String> codes = HOLDINGS.getOrDefault(client, List.of());
            for (int i = 0; i < codes.size(); i++) {
                LocalDate openedOn = today.minusMonths(CLIENTS.get(client).heldForMonths()).withDayOfMonth(1).plusMonths(i);
                expect(201, post(CLIENT, "/api/clients/" + clientIds.get(client) + "/products", sellers.get(CLIENTS.get(client).executive()),
                        json(Map.of("productCode", codes.get(i), "openedOn", openedOn.toString()))));
                holdings++;
            }
        }
        for (SurveySpec survey : SURVEYS) {
            expect(201, post(CLIENT, "/api/clients/" + clientIds.get(survey.client()) + "/survey-answers",
                    sellers.get(CLIENTS.get(survey.client()).executive()), json(Map.of("survey", "Relationship survey " + today.getYear(),
                            "scale", survey.scale(), "score", survey.score(), "answeredOn", today.minusDays(survey.daysAgo()).toString(),
                            "contactId", contactIds.get(survey.client()).get(0)))));
        }
        int prairie = 10;
        return "  " + PRODUCTS.size() + " products, " + holdings + " holdings, " + SURVEYS.size() + " survey answers (" + CLIENTS.get(3).legalName()
                + "'s CSAT 3 is a satisfaction drop); cross-sell for " + EXECUTIVES.get(CLIENTS.get(prairie).executive()).fullName()
                + ": GET /api/executives/" + executiveIds.get(CLIENTS.get(prairie).executive()) + "/cross-sell; one client's whole story:"
                + " GET /api/clients/" + clientIds.get(0) + "/timeline";
    }

    private String giveGifts(JsonObject policy, LocalDate today, List<Caller> sellers, List<List<String>> contactIds) {
        BigDecimal limit = new BigDecimal(policy.getJsonObject("limit").getString("amount"));
        BigDecimal warningAt = limit.multiply(BigDecimal.valueOf(policy.getInt("warningPercent"))).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.UP);
        LocalDate windowStart = LocalDate.parse(policy.getString("windowStart"));
        String nearLimit = "";
        for (GiftSpec gift : GIFTS) {
            ClientSpec client = CLIENTS.get(gift.client());
            BigDecimal cost = gift.percentOfLimit() == 0
                    ? warningAt.max(limit.multiply(new BigDecimal("0.95")).setScale(0, RoundingMode.CEILING)).min(limit)
                    : limit.multiply(BigDecimal.valueOf(gift.percentOfLimit())).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
            String recipient = contactIds.get(gift.client()).get(0);
            LocalDate giftDate = latest(today.minusDays(gift.daysAgo()), windowStart);
            untilKnown(201, post(COMPLIANCE, "/api/gifts", sellers.get(client.executive()), json(Map.of(
                    "recipients", List.of(Map.of("contactId", recipient)), "giftDate", giftDate.toString(),
                    "description", gift.description(), "category", "BUSINESS_GIFT", "cost", money(cost), "paidBy", "FIRM",
                    "attestation", true))).withIdempotencyKey("demo-gift-" + recipient));
            if (gift.percentOfLimit() == 0) {
                nearLimit = client.contacts().get(0).fullName() + " has received " + amount(cost) + " of the " + amount(limit)
                        + " gift limit: a warning for their executive and for compliance officer " + COMPLIANCE_OFFICER;
            }
        }
        return nearLimit;
    }

    private Map<String, JsonObject> executivesByEmail() {
        Map<String, JsonObject> byEmail = new HashMap<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonObject answer = expect(200, get(CLIENT, "/api/executives?size=200&page=" + page, admin)).object();
            answer.getJsonArray("items").getValuesAs(JsonObject.class).forEach(e -> byEmail.put(e.getString("email"), e));
            pages = answer.getInt("totalPages");
        }
        return byEmail;
    }

    private static List<Member> team(Map<String, JsonObject> directory) {
        List<Member> team = new ArrayList<>();
        team.add(member("sales-manager", MANAGER, directory));
        EXECUTIVES.stream().filter(person -> directory.containsKey(person.email()))
                .forEach(person -> team.add(member("account-executive", person, directory)));
        return team;
    }

    private static Member member(String role, Person person, Map<String, JsonObject> directory) {
        return new Member(role, person.fullName(), person.region(), directory.get(person.email()).getString("id"));
    }

    private Map<String, Integer> tierCadences() {
        Map<String, Integer> cadences = new HashMap<>();
        JsonArray tiers = expect(200, get(CLIENT, "/api/tiers", admin)).array();
        tiers.getValuesAs(JsonObject.class).forEach(tier -> cadences.put(tier.getString("code"), tier.getInt("cadenceDays")));
        for (ClientSpec spec : CLIENTS) {
            if (!cadences.containsKey(spec.tier())) {
                throw fail("client-service has no tier " + spec.tier() + " (GET /api/tiers: " + tiers
                        + "); the demo uses the seeded tiers KEY, PRIORITY and STANDARD.");
            }
        }
        return cadences;
    }

    private String register(Person person, String managerId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("fullName", person.fullName()).add("email", person.email())
                .add("region", person.region()).add("hireDate", person.hireDate());
        if (managerId != null) {
            body.add("managerId", managerId);
        }
        return expect(201, post(CLIENT, "/api/executives", admin, body.build())).object().getString("id");
    }

    /** Onboards the client and gives it to its executive from when the relationship began, then activates it. */
    private String onboard(ClientSpec spec, String executiveId, LocalDate today) {
        String region = EXECUTIVES.get(spec.executive()).region();
        JsonObject client = expect(201, post(CLIENT, "/api/clients", admin, json(Map.of("legalName", spec.legalName(),
                "clientType", spec.clientType(), "tier", spec.tier(), "industry", spec.industry(), "segment", spec.segment(),
                "region", region, "country", "US")))).object();
        String clientId = client.getString("id");
        LocalDate heldSince = today.minusMonths(spec.heldForMonths()).withDayOfMonth(1);
        client = expect(200, post(CLIENT, "/api/clients/" + clientId + "/assignments", admin, json(Map.of("executiveId", executiveId,
                "effectiveDate", heldSince.toString(), "reason", "New relationship", "version", client.getInt("version"))))).object();
        expect(200, post(CLIENT, "/api/clients/" + clientId + "/status", admin, json(Map.of("status", "ACTIVE",
                "effectiveDate", heldSince.toString(), "reason", "Account opened", "version", client.getInt("version")))));
        return clientId;
    }

    private List<String> addContacts(ClientSpec spec, String clientId, Caller seller) {
        String areaCode = AREA_CODES.get(EXECUTIVES.get(spec.executive()).region());
        List<String> ids = new ArrayList<>();
        for (ContactSpec contact : spec.contacts()) {
            // 555-0100 to 555-0199 are the numbers set aside for fiction
            String phone = String.format("+1 %s 555 %04d", areaCode, 100 + phonesGiven++ % 100);
            ids.add(expect(201, post(CLIENT, "/api/clients/" + clientId + "/contacts", seller, json(Map.of(
                    "fullName", contact.fullName(), "title", contact.title(), "role", contact.role(), "phone", phone,
                    "email", address(contact.fullName(), spec.domain()))))).object().getString("id"));
        }
        return ids;
    }

    private void logInteraction(String clientId, List<String> contactIds, Touch touch, Caller seller, LocalDate today) {
        // a working-hours time of day would need the firm's zone; a few hours before now is in the past whatever it is
        Instant occurredAt = Instant.now().minus(Duration.ofDays(touch.daysAgo()).plusHours(2));
        JsonObjectBuilder body = Json.createObjectBuilder().add("kind", touch.kind()).add("occurredAt", occurredAt.toString())
                .add("summary", touch.summary()).add("contactIds", Json.createArrayBuilder().add(contactIds.get(touch.contact())));
        if (touch.outcome() != null) {
            body.add("outcome", touch.outcome());
        }
        if (touch.followUpInDays() != null) {
            body.add("followUpDate", today.plusDays(touch.followUpInDays()).toString());
        }
        expect(201, post(CLIENT, "/api/clients/" + clientId + "/interactions", seller, body.build()));
    }

    /** Opens the opportunity: in its stage, or in negotiation if it is to be won or lost. */
    private JsonObject openDeal(String clientId, Deal deal, Caller seller, LocalDate today, LocalDate yearStart) {
        LocalDate expectedClose = deal.open() ? today.plusDays(deal.days()) : closeDate(deal, today, yearStart);
        return expect(201, post(CLIENT, "/api/clients/" + clientId + "/opportunities", seller, json(Map.of(
                "productLine", deal.productLine(), "amount", money(BigDecimal.valueOf(deal.amount())),
                "expectedCloseDate", expectedClose.toString(), "probability", deal.probability(),
                "stage", deal.open() ? deal.stage() : "NEGOTIATION")))).object();
    }

    private void close(JsonObject opportunity, Deal deal, Caller seller, LocalDate today, LocalDate yearStart) {
        JsonObjectBuilder close = Json.createObjectBuilder().add("stage", deal.stage())
                .add("closeDate", closeDate(deal, today, yearStart).toString()).add("version", opportunity.getInt("version"));
        if (deal.lostReason() != null) {
            close.add("reason", deal.lostReason());
        }
        expect(200, post(CLIENT, "/api/opportunities/" + opportunity.getString("id") + "/stage", seller, close.build()));
    }

    /** A won or lost deal closes on its day, but no earlier than this fiscal year's start. */
    private static LocalDate closeDate(Deal deal, LocalDate today, LocalDate yearStart) {
        return latest(today.minusDays(deal.days()), yearStart);
    }

    /** quota-service credits a won opportunity when client-service's event reaches it. */
    private void awaitCredited(String executiveId, Person person, long won) {
        Request sales = get(QUOTA, "/api/sales?size=100&executiveId=" + executiveId, admin);
        Instant deadline = Instant.now().plus(EVENTUALLY);
        int credited = 0;
        while (Instant.now().isBefore(deadline)) {
            credited = expect(200, sales).object().getJsonArray("items").size();
            if (credited >= won) {
                return;
            }
            KafkaBroker.sleep(250);
        }
        throw fail("quota-service credited " + credited + " of the " + won + " opportunities " + person.fullName() + " won, within "
                + EVENTUALLY.toSeconds() + " s (" + sales + "). It credits them from client-service's opportunity-won events on"
                + " Kafka; see " + fleet.log(QUOTA) + ".");
    }

    private static String address(String fullName, String domain) {
        return fullName.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static ContactSpec contact(String fullName, String title, String role) {
        return new ContactSpec(fullName, title, role);
    }

    private static Touch touch(int daysAgo, String kind, int contact, String summary, String outcome, Integer followUpInDays) {
        return new Touch(daysAgo, kind, contact, summary, outcome, followUpInDays);
    }

    private static Deal open(String productLine, int amount, String stage, int probability, int closesInDays) {
        return new Deal(productLine, amount, stage, probability, closesInDays, null);
    }

    private static Deal won(String productLine, int amount, int closedDaysAgo) {
        return new Deal(productLine, amount, "WON", 90, closedDaysAgo, null);
    }

    private static Deal lost(String productLine, int amount, int closedDaysAgo, String reason) {
        return new Deal(productLine, amount, "LOST", 40, closedDaysAgo, reason);
    }

    private static Map<String, String> money(BigDecimal amount) {
        return Map.of("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), "currency", CURRENCY);
    }

    private static String amount(BigDecimal amount) {
        return String.format(Locale.ROOT, "%s %,.2f", CURRENCY, amount);
    }

    private static JsonObject json(Map<String, ?> body) {
        return Json.createObjectBuilder(body).build();
    }

    private record Caller(String name, String token) {
    }

    private record Request(String method, URI uri, Caller as, JsonObject body, String idempotencyKey) {
        Request withIdempotencyKey(String key) {
            return new Request(method, uri, as, body, key);
        }

        @Override
        public String toString() {
            return method + " " + uri + " as " + as.name();
        }
    }

    private record Answer(int status, String body) {
        JsonObject object() {
            return json().asJsonObject();
        }

        JsonArray array() {
            return json().asJsonArray();
        }

        String problemType() {
            try {
                JsonValue value = json();
                return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject().getString("type", "") : "";
            } catch (JsonException notJson) {
                return "";
            }
        }

        private JsonValue json() {
            return Json.createReader(new StringReader(body)).readValue();
        }
    }

    private Request get(String service, String path, Caller as) {
        return new Request("GET", fleet.uri(service).resolve(path), as, null, null);
    }

    private Request post(String service, String path, Caller as, JsonObject body) {
        return new Request("POST", fleet.uri(service).resolve(path), as, body, null);
    }

    private Request put(String service, String path, Caller as, JsonObject body) {
        return new Request("PUT", fleet.uri(service).resolve(path), as, body, null);
    }

    private Answer expect(int status, Request request) {
        Answer answer = send(request);
        if (answer.status() != status) {
            throw unexpected(request, answer, status);
        }
        return answer;
    }

    /** Sends the request until the service has learnt, from another service's events, of the people it names. */
    private Answer untilKnown(int status, Request request) {
        Instant deadline = Instant.now().plus(EVENTUALLY);
        while (true) {
            Answer answer = send(request);
            if (answer.status() == status) {
                return answer;
            }
            boolean notYetKnown = answer.status() == 422 && NOT_YET_KNOWN.contains(answer.problemType());
            if (!notYetKnown) {
                throw unexpected(request, answer, status);
            }
            if (Instant.now().isAfter(deadline)) {
                throw fail(request + " still answered " + answer.status() + " after " + EVENTUALLY.toSeconds() + " s:\n" + answer.body()
                        + "\nThe service learns of executives and contacts from client-service's events on Kafka; see its log in "
                        + fleet.log(CLIENT).getParent() + ".");
            }
            KafkaBroker.sleep(250);
        }
    }

    private Answer send(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + request.as().token()).header("Accept", "application/json");
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body().toString()));
        }
        if (request.idempotencyKey() != null) {
            builder.header("Idempotency-Key", request.idempotencyKey());
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw fail(request + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(request + " was interrupted");
        }
    }

    private IllegalStateException unexpected(Request request, Answer answer, int status) {
        return fail(request + " answered " + answer.status() + " instead of " + status + ":\n" + answer.body());
    }

    private IllegalStateException fail(String problem) {
        return new IllegalStateException("loading the demo data failed: " + problem + "\nWhat was loaded so far stays in " + home
                + "; to load the demo from scratch, remove that directory (with Accountable stopped) and run"
                + " ./accountable up --demo again.");
    }
}
