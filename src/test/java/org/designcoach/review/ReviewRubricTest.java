package org.designcoach.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designcoach.content.Levels;
import org.designcoach.session.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewRubricTest {

    private final RubricLoader loader = new RubricLoader();

    @Test
    void theBuiltInRubricDescribesFourLevelsOfEveryStageForEveryInterviewLevel() {
        Rubric rubric = loader.load(null);

        assertThat(rubric.levelNames()).containsExactly("Not yet", "Developing", "Solid", "Strong");
        for (Stage stage : Stage.values()) {
            for (String level : Levels.ALL) {
                for (int rubricLevel = 1; rubricLevel <= 4; rubricLevel++) {
                    assertThat(rubric.descriptor(stage, level, rubricLevel)).isNotBlank();
                }
            }
        }
        assertThat(rubric.verdict(Recommendation.NOT_YET).label()).isEqualTo("Not yet");
    }

    @Test
    void theDescriptorsDifferByInterviewLevel() {
        Rubric rubric = loader.load(null);

        assertThat(rubric.descriptor(Stage.DESIGN, "junior", 4)).isNotEqualTo(rubric.descriptor(Stage.DESIGN,
                "staff", 4));
        assertThat(rubric.descriptor(Stage.DESIGN, "principal", 3)).as("an unknown level reads as mid")
                .isEqualTo(rubric.descriptor(Stage.DESIGN, "mid", 3));
    }

    @Test
    void aStageWithThreeLevelsNamesTheFileAndThePlace() {
        String broken = builtIn().replaceFirst("(\"junior\": \\[\\s*\"[^\"]*\",)", "\"junior\": [");

        assertThatThrownBy(() -> loader.read("company/rubric.json", bytes(broken)))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining("company/rubric.json")
                .hasMessageContaining("stages.requirements.junior");
    }

    @Test
    void aMissingRecommendationAndAnUnknownKeyAreBothReported() {
        String broken = builtIn().replace("\"NOT_YET\"", "\"NEVER\"");

        assertThatThrownBy(() -> loader.read("rubric.json", bytes(broken)))
                .hasMessageContaining("NOT_YET").hasMessageContaining("NEVER").hasMessageContaining("2 problem(s)");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> loader.read("rubric.json", bytes("{\n  \"levels\": [,\n}")))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining("rubric.json").hasMessageContaining("line 2").hasMessageContaining("not valid JSON");
    }

    @Test
    void aCompanysOwnRubricReplacesTheBuiltInOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("rubric.json"), builtIn().replace("\"Strong\"", "\"Outstanding\""));

        assertThat(loader.load(folder).levelName(4)).isEqualTo("Outstanding");
    }

    @Test
    void aFolderWithoutARubricKeepsTheBuiltInOne(@TempDir Path folder) {
        assertThat(loader.load(folder).levelName(4)).isEqualTo("Strong");
    }

    private static String builtIn() {
        try (var in = ReviewRubricTest.class.getClassLoader().getResourceAsStream("content/rubric.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("content/rubric.json is not on the test classpath", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
