package org.designcoach.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.designcoach.content.DesignDocuments;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.simulation.Scenario;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.traffic.ScenarioKind;
import org.designcoach.traffic.TrafficRequest;
import org.designcoach.traffic.TrafficService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Runs a design through the traffic simulator: the summary and the time series of the run. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SimulateApi {

    /** Room for the request's own fields around a design of the largest size. */
    private static final int WRAPPER_BYTES = 4096;

    private final DesignDocuments documents;
    private final TrafficService traffic;

    SimulateApi(DesignDocuments documents, TrafficService traffic) {
        this.documents = documents;
        this.traffic = traffic;
    }

    @PostMapping(path = "/simulate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Simulate traffic through a design",
            description = "Body: {\"design\": {...format version 1...}, \"caseId\": \"url-shortener\" (optional: its peak "
                    + "and read share), \"peakRequestsPerSecond\": 1200 (optional), \"durationSeconds\": 120 (optional, "
                    + "at most 3600), \"scenario\": \"steady|ramp|spike|failure|cache_flush|retry_storm\", "
                    + "\"component\": \"db\" (for failure and cache_flush)}. Answers the summary and one point per second.")
    @ApiResponse(responseCode = "200", description = "The run")
    @ApiResponse(responseCode = "400", description = "The request, the design or the scenario cannot be simulated",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(type = "object")))
    SimulationRun simulate(InputStream body) throws IOException {
        JsonNode request = parse(CasesApi.readLimited(body, DesignDocuments.MAX_BYTES + WRAPPER_BYTES));
        if (!request.has("design")) {
            throw new InvalidParameterException("The body needs a \"design\": a design in format version 1, as the "
                    + "canvas exports it.");
        }
        Design design = documents.read(DesignJson.MAPPER.writeValueAsString(request.get("design")));
        Optional<String> caseId = text(request, "caseId");
        return traffic.run(caseId, design, new TrafficRequest(number(request, "peakRequestsPerSecond"),
                (int) Math.round(Optional.ofNullable(number(request, "durationSeconds"))
                        .orElse((double) TrafficRequest.DEFAULT_DURATION)),
                kind(text(request, "scenario").orElse("steady")), text(request, "component").orElse(null)));
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode tree = DesignJson.MAPPER.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new InvalidParameterException("The body must be a JSON object with a \"design\".");
            }
            return tree;
        } catch (JacksonException e) {
            throw new InvalidParameterException("This is not valid JSON: " + e.getOriginalMessage() + ".");
        }
    }

    private static ScenarioKind kind(String name) {
        try {
            return ScenarioKind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("\"scenario\" must be one of steady, ramp, spike, failure, cache_flush "
                    + "or retry_storm; it was '" + name + "'.");
        }
    }

    private static Optional<String> text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString());
    }

    private static Double number(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new InvalidParameterException("\"" + field + "\" must be a number.");
        }
        double value = node.asDouble();
        if (field.equals("durationSeconds") && (value < 1 || value > Scenario.MAX_DURATION_SECONDS)) {
            throw new InvalidParameterException("\"durationSeconds\" must be from 1 to " + Scenario.MAX_DURATION_SECONDS
                    + ".");
        }
        return value;
    }
}
