package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.designcoach.content.CaseStudy;
import org.designcoach.content.ContentService;
import org.designcoach.design.DesignJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.web.context.WebApplicationContext;

/**
 * Hostile designs against score and simulate: reference architectures with one to three of deep
 * nesting, absurd numbers, wrong JSON types, odd unicode, very long texts, duplicated ids, missing
 * fields and arrays where objects belong. Each call is answered 200, or 400 with a problem document
 * that says what is wrong; never 500. A fixed seed makes a failure repeat. The caller is a
 * signed-in learner; the token filter is left out (ApiEdgesIT covers the HTTP edges).
 */
@SpringBootTest
@WithMockUser(username = "fuzz", roles = "LEARNER")
class ApiFuzzTest {

    private static final int DESIGNS = 400;
    private static final String DEEP = "deeply-nested-";
    private static final Pattern DEEP_MARKER = Pattern.compile("\"" + DEEP + "(\\d+)\"");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] FIELDS = {"id", "type", "label", "technology", "instances", "multiAz", "region",
            "group", "properties", "notes", "position", "from", "to", "mode", "protocol", "version", "components",
            "connections", "groups", "hitRatio", "capacityPerInstance", "readReplicas", "x", "y"};
    private static final String[] TEXTS = {"", " ", "é", "𝄞𝄞", "\u202Eevil", "a\u200Bb", "\u0000", "\uFFFF", "日本語",
            "<script>alert(1)</script>", "&amp;", "../../etc/passwd", "null", "NaN", "-", "web", "db", "a".repeat(300)};

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private ContentService content;

    private MockMvc mvc;

    @BeforeEach
    void theApiIsReachable() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void fourHundredHostileDesignsAreScoredSimulatedOrRefusedWithProblemsButNeverAServerError() throws Exception {
        List<CaseStudy> cases = List.copyOf(content.library().allCases());
        Random random = new Random(20261203L);
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < DESIGNS; i++) {
            CaseStudy study = cases.get(random.nextInt(cases.size()));
            ObjectNode design = (ObjectNode) DesignJson.MAPPER.valueToTree(study.architecture());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(design, random);
            }
            String text = DEEP_MARKER.matcher(DesignJson.MAPPER.writeValueAsString(design)).replaceAll(
                    deep -> "[".repeat(Integer.parseInt(deep.group(1))) + "1" + "]".repeat(Integer.parseInt(deep.group(1))));
            MockHttpServletResponse scored = call("/api/v1/cases/" + study.id() + "/score", text);
            MockHttpServletResponse simulated = call("/api/v1/simulate",
                    "{\"durationSeconds\":10,\"caseId\":\"" + study.id() + "\",\"design\":" + text + "}");
            for (MockHttpServletResponse response : List.of(scored, simulated)) {
                String body = response.getContentAsString();
                assertThat(response.getStatus()).as(shortened(text) + " → " + body).isIn(200, 400);
                if (response.getStatus() == 400) {
                    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    assertThat(DesignJson.MAPPER.readTree(body).path("detail").asString()).as(body).isNotBlank();
                    refused++;
                } else {
                    answered++;
                }
            }
        }
        assertThat(refused).as("most hostile designs are refused").isGreaterThan(DESIGNS);
        assertThat(answered).as("some survive their mutations and are answered").isPositive();
    }

    private MockHttpServletResponse call(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    /** One hostile change at a random place of the design. */
    private static void mutate(ObjectNode design, Random random) {
        ObjectNode target = randomObject(design, random);
        String field = FIELDS[random.nextInt(FIELDS.length)];
        switch (random.nextInt(10)) {
            case 0 -> target.set(field, deeplyNested(random));
            case 1 -> target.set(field, hugeNumber(random));
            case 2 -> target.set(field, wrongType(random));
            case 3 -> target.put(field, TEXTS[random.nextInt(TEXTS.length)]);
            case 4 -> target.put(field, "x".repeat(1 + random.nextInt(200_000)));
            case 5 -> duplicate(design, random);
            case 6 -> target.remove(field);
            case 7 -> target.set(field, NODES.arrayNode().add(target.deepCopy()));
            case 8 -> target.putNull(field);
            default -> target.set(field, NODES.objectNode().put(TEXTS[random.nextInt(TEXTS.length)], random.nextInt()));
        }
    }

    /** The design itself, a component, an arrow, a group, or a component's properties or position. */
    private static ObjectNode randomObject(ObjectNode design, Random random) {
        String[] lists = {"components", "connections", "groups"};
        JsonNode list = design.path(lists[random.nextInt(lists.length)]);
        if (random.nextInt(5) == 0 || !list.isArray() || list.isEmpty()) {
            return design;
        }
        JsonNode item = list.get(random.nextInt(list.size()));
        if (!(item instanceof ObjectNode object)) {
            return design;
        }
        for (String inner : new String[] {"properties", "position"}) {
            if (random.nextInt(4) == 0 && object.get(inner) instanceof ObjectNode nested) {
                return nested;
            }
        }
        return object;
    }

    /** Deeper than a writer may go: a marker in the tree, replaced by the nested text once it is written. */
    private static JsonNode deeplyNested(Random random) {
        int depth = 10 + random.nextInt(random.nextBoolean() ? 100 : 3_000);
        if (depth > 300) {
            return NODES.stringNode(DEEP + depth);
        }
        JsonNode node = NODES.numberNode(1);
        for (int level = 0; level < depth; level++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static JsonNode hugeNumber(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(1e19);
            case 1 -> NODES.numberNode(-Double.MAX_VALUE);
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> NODES.numberNode(new java.math.BigInteger("9".repeat(60)));
            case 4 -> NODES.numberNode(Long.MIN_VALUE);
            case 5 -> NODES.numberNode(2_147_483_648L);
            case 6 -> NODES.numberNode(Double.MIN_VALUE);
            default -> NODES.numberNode(-0.0);
        };
    }

    private static JsonNode wrongType(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.booleanNode(random.nextBoolean());
            case 1 -> NODES.arrayNode().add(1).add("two");
            case 2 -> NODES.objectNode();
            case 3 -> NODES.numberNode(random.nextInt());
            default -> NODES.stringNode(String.valueOf(random.nextDouble()));
        };
    }

    /** A component or arrow copied onto the end of its list, id and all. */
    private static void duplicate(ObjectNode design, Random random) {
        JsonNode list = design.path(random.nextBoolean() ? "components" : "connections");
        if (list instanceof ArrayNode array && !array.isEmpty()) {
            array.add(array.get(random.nextInt(array.size())).deepCopy());
        }
    }

    private static String shortened(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
