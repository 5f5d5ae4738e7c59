package org.designcoach.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The designs the content folder ships, read straight from its YAML without the app: every case's
 * reference architecture at the case's peak, and every step of the scale journey at its breaking load.
 */
final class ContentDesigns {

    private static final Path CONTENT = Path.of("content");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A shipped design, where it comes from, and the load its text names in requests per second. */
    record Shipped(String name, Design design, double load) {
    }

    private ContentDesigns() {
    }

    static List<Shipped> referenceArchitectures() {
        List<Shipped> designs = new ArrayList<>();
        try (Stream<Path> files = Files.list(CONTENT.resolve("cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = read(file);
                JsonNode peak = root.path("facts").path("peakQps");
                designs.add(new Shipped("case " + root.get("id").asString(), design(root.get("architecture")),
                        peak.isMissingNode() ? 1000 : Profiles.number(peak.asString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return designs;
    }

    static List<Shipped> scaleJourney() {
        List<Shipped> steps = new ArrayList<>();
        JsonNode lesson = read(CONTENT.resolve("lessons").resolve("scale-journey.yaml"));
        int number = 1;
        for (JsonNode step : lesson.get("steps")) {
            steps.add(new Shipped("scale-journey step " + number++ + " (" + step.get("id").asString() + ")",
                    design(step.get("architecture")), Profiles.number(step.get("breaksAt").asString())));
        }
        return steps;
    }

    private static Design design(JsonNode architecture) {
        return DesignJson.MAPPER.treeToValue(architecture, Design.class);
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
