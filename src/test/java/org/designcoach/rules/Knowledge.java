package org.designcoach.rules;

import java.io.IOException;
import java.io.InputStream;
import org.designcoach.content.Catalog;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The kinds and capabilities of the built-in catalog, which the rule tests judge designs with. */
final class Knowledge {

    static final ComponentKnowledge BUILT_IN = load();

    private Knowledge() {
    }

    private static ComponentKnowledge load() {
        try (InputStream in = Knowledge.class.getClassLoader().getResourceAsStream("content/catalog/components.yaml")) {
            return YAMLMapper.builder().build().readValue(in, Catalog.class).knowledge();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
