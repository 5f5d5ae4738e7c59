package org.designcoach.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The built-in content, with one file changed in memory: how the tests make broken content. */
final class ContentFixtures {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ContentFixtures() {
    }

    static List<ContentFile> builtIn() {
        return ContentFile.builtIn();
    }

    /** The built-in files with {@code path} replaced by the given text. */
    static List<ContentFile> withText(String path, String text) {
        List<ContentFile> files = new ArrayList<>();
        for (ContentFile file : builtIn()) {
            files.add(file.path().equals(path) ? new ContentFile(file.origin(), path, text.getBytes()) : file);
        }
        return files;
    }

    /** The built-in files with {@code path}'s YAML tree changed by {@code change}. */
    static List<ContentFile> withChange(String path, Consumer<ObjectNode> change) {
        ContentFile original = builtIn().stream().filter(file -> file.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in file " + path));
        ObjectNode tree = (ObjectNode) YAML.readTree(original.bytes());
        change.accept(tree);
        return withText(path, YAML.writeValueAsString(tree));
    }

    static ContentFile companyFile(String path, String text) {
        return new ContentFile("/srv/company-content", path, text.getBytes());
    }

    static String text(String path) {
        return builtIn().stream().filter(file -> file.path().equals(path)).findFirst()
                .map(file -> new String(file.bytes())).orElseThrow();
    }
}
