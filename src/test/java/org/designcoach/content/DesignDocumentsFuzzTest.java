package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.designcoach.MutableClock;
import org.designcoach.design.Design;
import org.designcoach.design.DesignJson;
import org.designcoach.rules.RulesEngine;
import org.junit.jupiter.api.Test;

/**
 * Whatever text arrives (the API's body, an imported file), reading it either gives a design the
 * engine can score or a list of problems: never another exception. Texts are reference designs cut,
 * spliced and sprinkled with bytes, with a fixed seed so a failure repeats.
 */
class DesignDocumentsFuzzTest {

    private static final ContentLibrary LIBRARY = new ContentLoader(new ContentSchemas(),
            MutableClock.startingAt("2026-11-24T10:00:00Z")).load(List.of(ContentFixtures.builtIn()));
    private static final String[] SPLICES = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e400",
            "\"<script>\"", "\"components\"", "\"type\"", "\"from\"", "\u0000", "\uD800", "𝄞", "  ", "\n"};

    @Test
    void twoThousandMangledDesignsAreReadOrRefusedWithProblemsAndNeverCrash() {
        DesignDocuments documents = new DesignDocuments(() -> LIBRARY);
        RulesEngine engine = new RulesEngine(LIBRARY.rules(), LIBRARY.knowledge());
        List<String> seeds = LIBRARY.allCases().stream().map(study -> DesignJson.compact(study.architecture())).toList();
        Random random = new Random(20261125L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 2_000; i++) {
            String text = mangle(seeds.get(random.nextInt(seeds.size())), random);
            try {
                Design design = documents.read(text);
                CaseStudy study = new ArrayList<>(LIBRARY.allCases()).get(random.nextInt(LIBRARY.cases().size()));
                assertThatCode(() -> engine.assess(design, CaseContexts.of(study, Optional.empty())))
                        .as(text).doesNotThrowAnyException();
                read++;
            } catch (InvalidDesignException e) {
                assertThat(e.problems()).as(text).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
                refused++;
            }
        }
        assertThat(read).as("some mangled designs are still valid").isPositive();
        assertThat(refused).as("most mangled designs are refused").isGreaterThan(read);
    }

    private static String mangle(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, SPLICES[random.nextInt(SPLICES.length)]);
                case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
                default -> out.setLength(at);
            }
        }
        return out.toString();
    }
}
