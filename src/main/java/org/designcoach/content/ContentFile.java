package org.designcoach.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One content file with its path inside its content folder ({@code cases/url-shortener.yaml})
 * and a label of the folder it came from, so that problems can name it exactly.
 */
record ContentFile(String origin, String path, byte[] bytes) {

    static final String BUILT_IN = "built-in content";

    String displayName() {
        return origin + ": " + path;
    }

    /** The content packaged with the application, under {@code content/} on the classpath. */
    static List<ContentFile> builtIn() {
        var resolver = new PathMatchingResourcePatternResolver(ContentFile.class.getClassLoader());
        List<ContentFile> files = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:content/**/*.yaml")) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("content/") + "content/".length());
                try (var in = resource.getInputStream()) {
                    files.add(new ContentFile(BUILT_IN, path, in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in content", e);
        }
        files.sort(Comparator.comparing(ContentFile::path));
        return files;
    }

    /** A company's own content folder, in the same layout as the built-in one. */
    static List<ContentFile> fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InvalidContentException(List.of(new ContentProblem(root.toString(), "",
                    "The content folder does not exist or is not a folder. Check DESIGNCOACH_CONTENT_DIR.")));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(file -> read(root, file))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content folder " + root, e);
        }
    }

    private static ContentFile read(Path root, Path file) {
        try {
            return new ContentFile(root.toString(), root.relativize(file).toString().replace('\\', '/'),
                    Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
