package org.designcoach.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.designcoach.api.SimulationResults.SeriesForm;
import org.designcoach.api.SimulationResults.SimulationResult;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.scoring.UnknownCaseException;
import org.designcoach.simulation.RunSeries;
import org.designcoach.simulation.Scenario;
import org.designcoach.traffic.ScenarioKind;
import org.designcoach.traffic.TrafficRequest;
import org.designcoach.traffic.TrafficService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Runs a design through the traffic simulator: the summary, and the time series of the run when asked for. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SimulateApi {

    /** Room for the request's own fields around a design of the largest size. */
    private static final int WRAPPER_BYTES = 4096;
    private static final String SCENARIOS = Arrays.stream(ScenarioKind.values())
            .map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final DesignDocuments documents;
    private final ContentService content;
    private final TrafficService traffic;

    SimulateApi(DesignDocuments documents, ContentService content, TrafficService traffic) {
        this.documents = documents;
        this.content = content;
        this.traffic = traffic;
    }

    @PostMapping(path = "/simulate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Simulate traffic through a design",
            description = "Body: {\"design\": {...format version 1...}, \"caseId\": \"url-shortener\" (optional: its "
                    + "peak and read share; an unknown id answers 404), \"peakRequestsPerSecond\": 1200 (optional), "
                    + "\"readFraction\": 0.9 (optional, 0 to 1: the share of reads), \"durationSeconds\": 120 "
                    + "(optional, 1 to 3600), \"scenario\": \"steady|ramp|spike|failure|zone_failure|region_failure|"
                    + "cache_flush|retry_storm\", \"component\": a component id for failure and cache_flush, a zone "
                    + "box's id for zone_failure, a region name for region_failure, \"instances\": 2 (optional, "
                    + "failure only: how many instances fail; all when left out), \"poissonArrivals\": false "
                    + "(optional: true varies each second's arrivals as a Poisson count; by default every second "
                    + "carries exactly the load)}. A component may set \"serviceTimeMs\" beside "
                    + "\"capacityPerInstance\" in its properties. Answers the request as run and the summary; the "
                    + "query parameter series=chart adds the series thinned to a few hundred points under "
                    + "\"chart\", series=full one point per second under \"ticks\". Each station in the summary carries its means over the run "
                    + "(\"meanUtilisation\", \"meanResponseMs\", \"meanWaitMs\", \"waitProbability\", "
                    + "\"meanQueueLength\") and its busiest second apart under \"busiestSecond\"; \"bottleneck\" is "
                    + "judged on sustained load and is null when no component is loaded enough to be one. "
                    + "\"availability\" is what the run served of what it was offered; \"designAvailability\" is "
                    + "what the design's redundancy promises. \"messageDelay\" is the time asynchronous work waits "
                    + "and takes, null when nothing is handed off. A utilisation is a number, or null for a "
                    + "component that was down and still sent requests; such a component has \"down\": true and is "
                    + "listed in the second's \"down\".")
    @ApiResponse(responseCode = "200", description = "The run")
    @ApiResponse(responseCode = "400", description = "The request, the design or the scenario cannot be simulated",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "There is no case with that caseId",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(type = "object")))
    SimulationResult simulate(InputStream body,
            @Parameter(description = "How much of the run's course over time to answer: summary (the default: the "
                    + "summary and each component's figures over the run), chart (the series thinned to at most "
                    + RunSeries.CHART_POINTS + " points; worst latency, errors, utilisation and backlog of each "
                    + "point's seconds, mean throughput and traffic) or full (one point per second, megabytes for "
                    + "a large design and a long run)")
            @RequestParam(name = "series", required = false) @Nullable String series) throws IOException {
        SeriesForm form = form(series);
        JsonNode request = parse(CasesApi.readLimited(body, DesignDocuments.MAX_BYTES + WRAPPER_BYTES));
        if (!request.has("design")) {
            throw new InvalidParameterException("The body needs a \"design\": a design in format version 1, as the "
                    + "canvas exports it.");
        }
        Optional<String> caseId = text(request, "caseId");
        if (caseId.isPresent() && content.caseStudy(caseId.get()).isEmpty()) {
            throw new UnknownCaseException(caseId.get());
        }
        Design design = documents.read(DesignJson.MAPPER.writeValueAsString(request.get("design")));
        ScenarioKind kind = kind(text(request, "scenario").orElse("steady"));
        Integer instances = instances(request);
        if (instances != null && kind != ScenarioKind.FAILURE) {
            throw new InvalidParameterException("\"instances\" belongs to the failure scenario only: it says how "
                    + "many instances of the \"component\" fail.");
        }
        TrafficRequest asked = new TrafficRequest(number(request, "peakRequestsPerSecond"), duration(request), kind,
                text(request, "component").orElse(null), instances, readFraction(request),
                flag(request, "poissonArrivals"));
        return SimulationResult.of(traffic.run(caseId, design, asked), asked, form);
    }

    private static SeriesForm form(@Nullable String series) {
        if (series == null || series.isBlank()) {
            return SeriesForm.SUMMARY;
        }
        try {
            return SeriesForm.valueOf(series.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("\"series\" must be summary, chart or full; it was '" + series
                    + "'.");
        }
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
            throw new InvalidParameterException("\"scenario\" must be one of " + SCENARIOS + "; it was '" + name
                    + "'.");
        }
    }

    /** A string field; any other JSON type is refused with the field's name, never taken for text. */
    private static Optional<String> text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw new InvalidParameterException("\"" + field + "\" must be a string.");
        }
        return Optional.of(node.asString());
    }

    private static @Nullable Double number(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new InvalidParameterException("\"" + field + "\" must be a number.");
        }
        return node.asDouble();
    }

    private static boolean flag(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidParameterException("\"" + field + "\" must be true or false.");
        }
        return node.asBoolean();
    }

    private static int duration(JsonNode request) {
        Double value = number(request, "durationSeconds");
        if (value == null) {
            return TrafficRequest.DEFAULT_DURATION;
        }
        if (!(value >= 1 && value <= Scenario.MAX_DURATION_SECONDS)) {
            throw new InvalidParameterException("\"durationSeconds\" must be from 1 to "
                    + Scenario.MAX_DURATION_SECONDS + ".");
        }
        return (int) Math.round(value);
    }

    private static @Nullable Integer instances(JsonNode request) {
        Double value = number(request, "instances");
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value < 1 || value > Integer.MAX_VALUE) {
            throw new InvalidParameterException("\"instances\" must be a whole number of 1 or more: how many "
                    + "instances of the \"component\" fail. Leave it out to fail them all.");
        }
        return value.intValue();
    }

    private static @Nullable Double readFraction(JsonNode request) {
        Double value = number(request, "readFraction");
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new InvalidParameterException("\"readFraction\" must be from 0 to 1: the share of requests that "
                    + "are reads, e.g. 0.9 for nine reads to one write.");
        }
        return value;
    }
}
