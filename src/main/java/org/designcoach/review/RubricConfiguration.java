package org.designcoach.review;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the rubric once at start-up; a bad rubric file stops the start with its problems. */
@Configuration
class RubricConfiguration {

    @Bean
    Rubric rubric(@Value("${designcoach.content.dir:#{null}}") @Nullable Path companyFolder) {
        return new RubricLoader().load(companyFolder);
    }
}
