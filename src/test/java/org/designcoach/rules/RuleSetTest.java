package org.designcoach.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcoach.design.TestDesigns.SOUND_ARROWS;
import static org.designcoach.design.TestDesigns.design;
import static org.designcoach.design.TestDesigns.soundWebSystem;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.designcoach.design.Design;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Each rule of content/rules/global.yaml, with a design that triggers it and one that must not. */
class RuleSetTest {

    record RuleList(List<RuleDefinition> rules) {
    }

    static final List<Rule> RULES = load();

    private static List<Rule> load() {
        try (InputStream in = RuleSetTest.class.getClassLoader().getResourceAsStream("content/rules/global.yaml")) {
            RuleList list = YAMLMapper.builder().build().readValue(in, RuleList.class);
            RuleCompiler compiler = new RuleCompiler(Knowledge.BUILT_IN);
            return list.rules().stream().map(compiler::compile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> soundParts(String... extra) {
        List<String> components = new ArrayList<>(soundWebSystem());
        components.addAll(List.of(extra));
        return components;
    }

    private static List<String> soundWithout(String id, String... replacements) {
        List<String> components = new ArrayList<>(soundWebSystem().stream().filter(c -> !c.startsWith(id + "=")).toList());
        components.addAll(List.of(replacements));
        return components;
    }

    private static String[] arrows(String... extra) {
        return Stream.concat(Arrays.stream(SOUND_ARROWS), Arrays.stream(extra)).toArray(String[]::new);
    }

    private static String[] arrowsWithout(String removed, String... extra) {
        return Stream.concat(Arrays.stream(SOUND_ARROWS).filter(a -> !a.equals(removed)), Arrays.stream(extra))
                .toArray(String[]::new);
    }

    /** The sound system with its servers drawn in two regions, each calling the one database. */
    private static Design inTwoRegions(String... extra) {
        List<String> components = soundWithout("api", "api=app-server x3 @us-east-1", "api2=app-server x3 @eu-west-1");
        components.addAll(List.of(extra));
        return design(components, arrows("lb>api2", "api2>cache", "api2>db"));
    }

    private static Design sound() {
        return design(soundWebSystem(), SOUND_ARROWS);
    }

    private static Design withoutCdn() {
        return design(soundWithout("cdn"), Stream.concat(Stream.of("c>lb"),
                Arrays.stream(SOUND_ARROWS).filter(arrow -> !arrow.contains("cdn"))).toArray(String[]::new));
    }

    /** The sound system with another load balancer as its front door. */
    private static Design publicSite(String balancer) {
        return design(soundWithout("lb", balancer), SOUND_ARROWS);
    }

    /** The sound system with a gateway between the CDN and the load balancer. */
    private static Design behindGateway(String gateway) {
        return design(soundParts(gateway), arrowsWithout("cdn>lb", "cdn>gw", "gw>lb"));
    }

    private static Arguments row(String rule, Contexts context, Design triggers, Contexts cleanContext, Design clean) {
        return Arguments.of(rule, context.build(), triggers, cleanContext.build(), clean);
    }

    static Stream<Arguments> rules() {
        Contexts quiet = Contexts.quiet();
        return Stream.of(
                row("stream-at-low-scale", quiet.peak(50), design(soundParts("s=event-stream", "w=worker"), arrows("api~>s", "s~>w")),
                        quiet.peak(50), sound()),
                row("mesh-at-low-scale", quiet, design(soundParts("mesh=service-mesh"), arrows("lb>mesh", "mesh>api")),
                        quiet, sound()),
                row("multi-region-without-need", quiet, design(soundParts("g=global-load-balancer"), arrows("c>g", "g>lb")),
                        quiet.availability(99.99), design(soundParts("g=global-load-balancer"), arrows("c>g", "g>lb"))),
                row("sharding-at-low-scale", quiet,
                        design(soundParts("d2=sql-database multiAz", "d3=sql-database multiAz", "d4=sql-database multiAz"),
                                arrows("api>d2", "api>d3", "api>d4")),
                        quiet.peak(20_000),
                        design(soundParts("d2=sql-database multiAz", "d3=sql-database multiAz", "d4=sql-database multiAz"),
                                arrows("api>d2", "api>d3", "api>d4"))),
                row("read-heavy-without-cache", quiet.withReadHeavyLoad(),
                        design(soundWithout("cache").stream().filter(c -> !c.startsWith("cdn=")).toList(),
                                "c>lb", "lb>api", "api>db", "api~>m", "api~>l"),
                        quiet.withReadHeavyLoad(), sound()),
                row("microservices-at-low-scale", quiet,
                        design(soundParts("s1=microservice x2", "s2=microservice x2", "s3=microservice x2"),
                                arrows("api>s1", "s1>s2", "s1>s3")),
                        quiet.peak(5_000),
                        design(soundParts("s1=microservice x2", "s2=microservice x2", "s3=microservice x2"),
                                arrows("api>s1", "s1>s2", "s1>s3"))),
                row("static-at-scale-without-cdn", quiet.withStaticContent().peak(2_000), withoutCdn(),
                        quiet.withStaticContent().peak(2_000), sound()),
                row("regions-without-traffic-routing", quiet.regions(2), inTwoRegions(), quiet.regions(2),
                        design(soundParts("dns=dns routing:latency", "db2=sql-database multiAz replication:regions"),
                                arrows("c>dns", "api>db2"))),
                row("request-waits-on-worker", quiet, design(soundParts("w=worker x2"), arrows("api>w")), quiet,
                        design(soundParts("q=message-queue", "w=worker x2"), arrows("api~>q", "q~>w"))),
                row("request-waits-on-message-provider", quiet, design(soundParts("mail=email-provider"), arrows("api>mail")),
                        quiet, design(soundParts("mail=email-provider"), arrows("api~>mail"))),
                row("public-api-without-tls", quiet.withPublicApi(), publicSite("lb=load-balancer +rateLimit -tls"),
                        quiet.withPublicApi(), publicSite("lb=load-balancer +rateLimit")),
                row("gateway-without-authentication", quiet.withPublicApi(), behindGateway("gw=api-gateway +tls +rateLimit"),
                        quiet.withPublicApi(), behindGateway("gw=api-gateway +tls +rateLimit +authentication")),
                row("public-api-without-rate-limit", quiet.withPublicApi(), publicSite("lb=load-balancer +tls"),
                        quiet.withPublicApi(), design(soundWithout("lb", "lb=load-balancer +tls", "waf=waf +rateLimit"),
                                arrowsWithout("cdn>lb", "cdn>waf", "waf>lb"))),
                row("metrics-without-alerting", quiet.level("senior"), sound(), quiet.level("mid"), sound()),
                row("strong-consistency-on-nosql-only", quiet.consistency("strong"),
                        design(soundWithout("db", "db=nosql-database multiAz"), SOUND_ARROWS),
                        quiet.consistency("eventual"), design(soundWithout("db", "db=nosql-database multiAz"), SOUND_ARROWS)),
                row("global-static-without-cdn", quiet.globalStatic(),
                        design(soundWithout("cdn"), arrowsWithout("c>cdn", "c>lb")), quiet.globalStatic(), sound()),
                row("single-instance-server", quiet, design(soundWithout("api", "api=app-server"), SOUND_ARROWS),
                        quiet, sound()),
                row("client-to-server-without-balancer", quiet, design(soundParts(), arrows("c>api")), quiet, sound()),
                row("database-without-failover", quiet, design(soundWithout("db", "db=sql-database"), SOUND_ARROWS),
                        quiet, sound()),
                row("single-database-at-four-nines", quiet.availability(99.99),
                        design(soundWithout("db", "db=sql-database"), SOUND_ARROWS), quiet.availability(99.99),
                        design(soundWithout("db", "db=sql-database replication:zones"), SOUND_ARROWS)),
                row("single-region-for-multi-region-case", quiet.regions(2),
                        design(soundParts("g=global-load-balancer"), arrows("c>g", "g>lb")), quiet.regions(2),
                        inTwoRegions("g=global-load-balancer")),
                row("single-cache-node", quiet, design(soundWithout("cache", "cache=cache"), SOUND_ARROWS), quiet, sound()),
                row("async-work-without-queue", quiet.withAsyncWork(), sound(), quiet.withAsyncWork(),
                        design(soundParts("q=message-queue", "w=worker"), arrows("api~>q", "q~>w"))),
                row("search-without-engine", quiet.withFullTextSearch(), sound(), quiet.withFullTextSearch(),
                        design(soundParts("s=search-engine"), arrows("api>s"))),
                row("missing-required-capability", quiet.requires("feature-lookup"), sound(),
                        quiet.requires("feature-lookup"), design(soundParts("fs=feature-store"), arrows("api>fs"))),
                row("client-to-data-store", quiet, design(soundParts(), arrows("c>db")), quiet, sound()),
                row("data-store-behind-edge", quiet, design(soundParts(), arrows("lb>db")), quiet, sound()),
                row("stateful-servers", quiet, design(soundWithout("api", "api=app-server x3 stateful"), SOUND_ARROWS),
                        quiet, sound()),
                row("queue-without-consumer", quiet, design(soundParts("q=message-queue"), arrows("api~>q")), quiet,
                        design(soundParts("q=message-queue", "w=worker"), arrows("api~>q", "q~>w"))),
                row("guaranteed-delivery-without-dlq", quiet.withGuaranteedDelivery(),
                        design(soundParts("q=message-queue", "w=worker"), arrows("api~>q", "q~>w")), quiet.withGuaranteedDelivery(),
                        design(soundParts("q=message-queue", "w=worker", "dlq=dead-letter-queue"), arrows("api~>q", "q~>w", "w~>dlq"))),
                row("unconnected-component", quiet, design(soundParts("x=object-storage"), SOUND_ARROWS), quiet, sound()),
                row("no-metrics", quiet, design(soundWithout("m"), arrowsWithout("api~>m")), quiet, sound()),
                row("no-logs-or-traces", quiet, design(soundWithout("l"), arrowsWithout("api~>l")), quiet, sound()),
                row("regulated-without-edge-protection", quiet.regulatedAndPublic(), sound(), quiet.regulatedAndPublic(),
                        design(soundParts("waf=waf"), arrows("cdn>waf", "waf>lb"))),
                row("regulated-without-edge-protection", quiet.regulatedAndPublic(), sound(),
                        quiet.regulatedWithInternalCallers(), sound()),
                row("vague-component", quiet, design(soundWithout("api", "api=app-server x3 notech"), SOUND_ARROWS),
                        quiet, sound()),
                row("cache-for-reads", quiet.withReadHeavyLoad(), sound(), quiet, sound()),
                row("replicated-database", quiet, sound(), quiet,
                        design(soundWithout("db", "db=sql-database replicas=1"), SOUND_ARROWS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFiresOnADesignThatBreaksItAndStaysQuietOnOneThatDoesNot(String ruleId, DesignContext context,
            Design triggers, DesignContext cleanContext, Design clean) {
        RulesEngine engine = new RulesEngine(RULES, Knowledge.BUILT_IN);

        assertThat(engine.assess(triggers, context).findings()).extracting(Finding::ruleId).contains(ruleId);
        assertThat(engine.assess(clean, cleanContext).findings()).extracting(Finding::ruleId).doesNotContain(ruleId);
    }

    @Test
    void anUnmetKeyRequirementIsNamedByItsTitleAndCostsItsShareOfTheCredit() {
        DesignContext context = Contexts.quiet().requires("feature-lookup").requires("cache").build();

        Assessment assessment = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(sound(), context);

        assertThat(assessment.findings()).filteredOn(finding -> finding.ruleId().equals("missing-required-capability"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.title()).endsWith(": Needs feature-lookup");
                    assertThat(finding.points()).isEqualTo(30);
                });
        assertThat(assessment.overall()).isEqualTo(70);
        assertThat(assessment.breakdown().explanation())
                .isEqualTo("Score 70 = 30 for 1 of 2 key requirements met + 40 for quality − 0 in findings");
    }

    @Test
    void aSingleNodeNosqlDatabaseHasNoFailoverEither() {
        Design design = design(soundParts("docs=nosql-database"), arrows("api>docs"));

        assertThat(new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, Contexts.quiet().build()).findings())
                .filteredOn(finding -> finding.ruleId().equals("database-without-failover"))
                .singleElement().extracting(Finding::components).asList().containsExactly("docs");
    }

    @Test
    void aCacheSeveralHopsBehindTheEdgeIsReachableFromTheInternetAndTheWholePathIsShown() {
        Design design = design(soundParts("gw=api-gateway", "mesh=service-mesh"),
                arrows("lb>gw", "gw>mesh", "mesh>cache"));

        Finding finding = findingOf("data-store-behind-edge", design, Contexts.quiet());

        assertThat(finding.components()).containsExactlyInAnyOrder("c", "cdn", "lb", "gw", "mesh", "cache");
    }

    @Test
    void aDataStoreReachedOnlyThroughAServiceOrAQueueIsNotReachableFromTheInternet() {
        Design design = design(soundParts("q=message-queue", "w=worker", "docs=nosql-database multiAz"),
                arrows("lb~>q", "q~>w", "w>docs"));

        assertThat(new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, Contexts.quiet().build()).findings())
                .extracting(Finding::ruleId).doesNotContain("data-store-behind-edge");
    }

    @Test
    void aClientWiredStraightToADatabaseIsOneFindingNotTwo() {
        Assessment assessment = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design(soundParts(), arrows("c>db")),
                Contexts.quiet().build());

        assertThat(assessment.findings()).extracting(Finding::ruleId)
                .contains("client-to-data-store").doesNotContain("data-store-behind-edge");
    }

    @Test
    void onlyTheFrontDoorMustTerminateTlsNotABalancerBehindTheGateway() {
        Design design = behindGateway("gw=api-gateway +tls +rateLimit +authentication");

        assertThat(new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, Contexts.quiet().withPublicApi().build()).findings())
                .extracting(Finding::ruleId)
                .doesNotContain("public-api-without-tls", "gateway-without-authentication", "public-api-without-rate-limit");
    }

    @Test
    void aGatewayBehindTheLoadBalancerMustAuthenticateToo() {
        Design design = design(soundWithout("lb", "lb=load-balancer +tls +rateLimit", "gw=api-gateway"),
                arrowsWithout("lb>api", "lb>gw", "gw>api"));

        assertThat(findingOf("gateway-without-authentication", design, Contexts.quiet().withPublicApi()).components())
                .containsExactly("gw");
    }

    @Test
    void atSeniorLevelAlertingFedByMetricsAnswersTheAlertingRule() {
        Design design = design(soundParts("al=alerting"), arrows("m~>al"));

        assertThat(new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, Contexts.quiet().level("staff").build()).findings())
                .extracting(Finding::ruleId).doesNotContain("metrics-without-alerting");
    }

    private static Finding findingOf(String ruleId, Design design, Contexts context) {
        return new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, context.build()).findings().stream()
                .filter(finding -> finding.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleInTheFileHasItsPairOfDesigns() {
        // A rule may have more than one pair: a second one for a context where it must stay quiet.
        List<String> tested = rules().map(arguments -> (String) arguments.get()[0]).distinct().toList();

        assertThat(RULES).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(tested);
    }

    @Test
    void aSoundSmallSystemScoresFullMarks() {
        Assessment assessment = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(sound(), Contexts.quiet().build());

        assertThat(assessment.findings()).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.STRENGTH));
        assertThat(assessment.overall()).isEqualTo(100);
    }

    @Test
    void findingsNameTheComponentsTheyConcern() {
        Design design = design(soundParts(), arrows("c>db"));

        Finding finding = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, Contexts.quiet().build()).findings().stream()
                .filter(f -> f.ruleId().equals("client-to-data-store")).findFirst().orElseThrow();

        assertThat(finding.components()).containsExactlyInAnyOrder("c", "db");
        assertThat(finding.concept()).isEqualTo("security-layers");
    }

    @Test
    void pointsComeOffTheFindingsCategory() {
        Design design = design(soundWithout("db", "db=sql-database"), SOUND_ARROWS);

        Assessment assessment = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, Contexts.quiet().build());

        assertThat(assessment.scores().get(Category.RELIABILITY)).isEqualTo(80);
        assertThat(assessment.scores().get(Category.SECURITY)).isEqualTo(100);
    }

    @Test
    void dnsLatencyRoutingAGlobalBalancerOrAnAnycastCdnAllRouteUsersBetweenRegions() {
        Contexts twoRegions = Contexts.quiet().regions(2);
        // A store that keeps copies in a second region puts the design in two regions.
        String global = "db=sql-database multiAz replication:regions";

        assertThat(ruleIds(design(soundWithout("db", global, "dns=dns routing:latency"), arrows("c>dns")), twoRegions))
                .doesNotContain("regions-without-traffic-routing", "single-region-for-multi-region-case");
        assertThat(ruleIds(design(soundWithout("db", global, "g=global-load-balancer"), arrows("c>g", "g>lb")),
                twoRegions)).doesNotContain("regions-without-traffic-routing");
        assertThat(ruleIds(design(soundWithout("cdn", "cdn=cdn tech=CloudFront", global), SOUND_ARROWS), twoRegions))
                .doesNotContain("regions-without-traffic-routing");
        assertThat(ruleIds(design(soundWithout("db", global, "dns=dns tech=Route_53"), arrows("c>dns")), twoRegions))
                .as("plain DNS answers with one address and does not move users").contains("regions-without-traffic-routing");
    }

    @Test
    void aGlobalRouterInFrontOfOneRegionHasNowhereElseToSendUsers() {
        Contexts twoRegions = Contexts.quiet().regions(2);

        for (Design oneRegion : List.of(design(soundWithout("cdn", "cdn=cdn tech=CloudFront"), SOUND_ARROWS),
                design(soundParts("dns=dns routing:latency"), arrows("c>dns")),
                design(soundParts("g=global-load-balancer"), arrows("c>g", "g>lb")))) {
            assertThat(ruleIds(oneRegion, twoRegions))
                    .contains("regions-without-traffic-routing", "single-region-for-multi-region-case");
        }
        assertThat(ruleIds(inTwoRegions("dns=dns routing:latency"), twoRegions)).as("regions drawn on the servers")
                .doesNotContain("regions-without-traffic-routing", "single-region-for-multi-region-case");
        assertThat(ruleIds(inTwoRegions("dns=dns routing:latency"), Contexts.quiet().regions(3)))
                .as("a case that needs three regions").contains("single-region-for-multi-region-case");
    }

    @Test
    void aManagedStoreThatKeepsCopiesInZonesOrRegionsHasAStandby() {
        for (String store : List.of("db=nosql-database tech=DynamoDB_global_tables", "db=sql-database replication:zones",
                "db=sql-database tech=Aurora_PostgreSQL", "db=nosql-database replication:regions")) {
            assertThat(ruleIds(design(soundWithout("db", store), SOUND_ARROWS), Contexts.quiet()))
                    .as(store).doesNotContain("database-without-failover");
        }
        assertThat(ruleIds(design(soundWithout("db", "db=sql-database tech=PostgreSQL"), SOUND_ARROWS), Contexts.quiet()))
                .contains("database-without-failover");
    }

    @Test
    void aManagedBalancerTerminatesTlsUnlessTheLearnerSaysItDoesNot() {
        Contexts publicApi = Contexts.quiet().withPublicApi();

        assertThat(ruleIds(publicSite("lb=load-balancer +rateLimit"), publicApi)).doesNotContain("public-api-without-tls");
        assertThat(ruleIds(publicSite("lb=load-balancer +rateLimit -tls"), publicApi)).contains("public-api-without-tls");
    }

    @Test
    void aClientWithoutATechnologyIsNotVagueAndVaguenessIsASmallSuggestion() {
        Design design = design(soundWithout("c", "c=web-client notech", "api=app-server x3 notech"), SOUND_ARROWS);

        Finding vague = findingOf("vague-component", design, Contexts.quiet());

        assertThat(vague.components()).containsExactly("api");
        assertThat(vague.severity()).isEqualTo(Severity.SUGGESTION);
        assertThat(vague.points()).isLessThanOrEqualTo(2);
    }

    @Test
    void manyFindingsInOneCategoryCostAtMostItsCap() {
        Design fragile = design(soundWithout("api", "api=app-server").stream()
                .map(part -> part.startsWith("cache=") ? "cache=cache" : part).toList(), SOUND_ARROWS);

        Assessment assessment = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(fragile, Contexts.quiet().build());

        assertThat(assessment.findings()).extracting(Finding::ruleId).contains("single-instance-server", "single-cache-node");
        assertThat(assessment.scores().get(Category.RELIABILITY)).isEqualTo(84);
        assertThat(assessment.overall()).isEqualTo(100 - ScoreBreakdown.CATEGORY_CAP);
        assertThat(assessment.breakdown().explanation())
                .isEqualTo("Score 85 = 60 as the case lists no key requirements + 40 for quality − 15 in findings "
                        + "(reliability warnings 16, capped at 15)");
    }

    @Test
    void anErrorCostsItsPointsInFullBesideCappedWarnings() {
        Design fragile = design(soundWithout("api", "api=app-server").stream()
                .map(part -> part.startsWith("cache=") ? "cache=cache" : part.startsWith("db=") ? "db=sql-database" : part)
                .toList(), SOUND_ARROWS);

        Assessment assessment = new RulesEngine(RULES, Knowledge.BUILT_IN).assess(fragile, Contexts.quiet().build());

        assertThat(assessment.breakdown().deducted()).isEqualTo(20 + ScoreBreakdown.CATEGORY_CAP);
        assertThat(assessment.overall()).isEqualTo(65);
    }

    private static List<String> ruleIds(Design design, Contexts context) {
        return new RulesEngine(RULES, Knowledge.BUILT_IN).assess(design, context.build()).findings().stream()
                .map(Finding::ruleId).toList();
    }
}
