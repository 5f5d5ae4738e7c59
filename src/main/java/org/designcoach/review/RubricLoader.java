package org.designcoach.review;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the rubric and checks it against {@code content/schema/rubric.schema.json}, in the manner of
 * the content loader: a bad file stops start-up with every problem, each naming the file and the
 * place in it. A company's content folder may hold its own {@code rubric.json}, which then replaces
 * the built-in one.
 */
final class RubricLoader {

    static final String FILE_NAME = "rubric.json";
    private static final String BUILT_IN = "content/" + FILE_NAME;
    private static final String SCHEMA_ID = "https://designcoach.org/schema/rubric.schema.json";
    private static final String SCHEMA_RESOURCE = "content/schema/rubric.schema.json";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Schema schema;

    RubricLoader() {
        String text = new String(resource(SCHEMA_RESOURCE), StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(SCHEMA_ID, text)));
        this.schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
    }

    /** The company's rubric when its content folder has one, otherwise the built-in rubric. */
    Rubric load(@Nullable Path companyFolder) {
        if (companyFolder != null && Files.isRegularFile(companyFolder.resolve(FILE_NAME))) {
            Path file = companyFolder.resolve(FILE_NAME);
            try {
                return read(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return read("built-in " + BUILT_IN, resource(BUILT_IN));
    }

    /** Parses and checks one rubric file; {@code fileName} is how problems name it. */
    Rubric read(String fileName, byte[] bytes) {
        JsonNode tree = parse(fileName, bytes);
        List<String> problems = new ArrayList<>(schema.validate(tree).stream()
                .map(error -> at(place(error.getInstanceLocation().toString()), error.getMessage())).toList());
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(fileName, problems);
        }
        RubricFile file = json.treeToValue(tree, RubricFile.class);
        Map<Stage, Map<String, List<String>>> descriptors = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<String, List<String>> texts = file.stages().get(stage.id());
            if (texts == null) {
                problems.add(at("stages", "no descriptors for the stage '" + stage.id() + "'"));
            } else {
                descriptors.put(stage, texts);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(fileName, problems);
        }
        Map<Recommendation, Rubric.Verdict> verdicts = new EnumMap<>(Recommendation.class);
        file.recommendations().forEach((name, verdict) -> verdicts.put(Recommendation.valueOf(name), verdict));
        return new Rubric(file.levels(), descriptors, verdicts);
    }

    private JsonNode parse(String fileName, byte[] bytes) {
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new InvalidRubricException(fileName, List.of("the file is empty"));
            }
            return tree;
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column "
                    + location.getColumnNr();
            throw new InvalidRubricException(fileName, List.of(at(place, "not valid JSON: " + e.getOriginalMessage())));
        }
    }

    /** "stages.design.mid" from a JSON pointer ("/stages/design/mid") or a path ("$.stages.design.mid"). */
    private static String place(String instanceLocation) {
        String path = instanceLocation.replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.');
        return path.isEmpty() ? "the top level" : path;
    }

    private static String at(String place, String problem) {
        return place.isEmpty() ? problem : "at " + place + ": " + problem;
    }

    private static byte[] resource(String name) {
        try (InputStream in = RubricLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** The shape of rubric.json once the schema has accepted it. */
    record RubricFile(List<String> levels, Map<String, Map<String, List<String>>> stages,
            Map<String, Rubric.Verdict> recommendations) {
    }
}
