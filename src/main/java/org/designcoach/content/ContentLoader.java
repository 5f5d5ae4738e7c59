package org.designcoach.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads content files, checks each against its schema and all of them against each other, and
 * either returns a complete library or throws with every problem found. It never half-loads.
 */
final class ContentLoader {

    private final ContentSchemas schemas;
    private final Clock clock;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    ContentLoader(ContentSchemas schemas, Clock clock) {
        this.schemas = schemas;
        this.clock = clock;
    }

    /** Loads the built-in content, then the company's folder when there is one. */
    ContentLibrary load(@Nullable Path companyFolder) {
        List<List<ContentFile>> sources = new ArrayList<>();
        sources.add(ContentFile.builtIn());
        if (companyFolder != null) {
            sources.add(ContentFile.fromDirectory(companyFolder));
        }
        return load(sources);
    }

    /** Later sources replace items of earlier ones that have the same id. */
    ContentLibrary load(List<List<ContentFile>> sources) {
        var draft = new ContentDraft();
        List<ContentProblem> problems = new ArrayList<>();
        sources.forEach(files -> files.forEach(file -> read(file, draft, problems)));
        if (problems.isEmpty()) {
            problems.addAll(new CrossReferences(draft).problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        List<String> origins = sources.stream()
                .flatMap(List::stream).map(ContentFile::origin).distinct().toList();
        return draft.toLibrary(hash(sources), clock.instant(), origins);
    }

    private void read(ContentFile file, ContentDraft draft, List<ContentProblem> problems) {
        Optional<ContentKind> kind = ContentKind.of(file.path());
        if (kind.isEmpty()) {
            problems.add(new ContentProblem(file.displayName(), "", "Unexpected file: content files belong in "
                    + "catalog/components.yaml, mistakes.yaml, cases/, concepts/, lessons/ or rules/."));
            return;
        }
        JsonNode tree = parse(file, problems);
        if (tree == null) {
            return;
        }
        List<ContentProblem> invalid = schemas.check(kind.get().schema(), tree, file.displayName());
        if (!invalid.isEmpty()) {
            problems.addAll(invalid);
            return;
        }
        kind.get().idProblem(file, tree).ifPresent(problems::add);
        try {
            draft.add(kind.get(), yaml.treeToValue(tree, kind.get().type()), file);
        } catch (JacksonException e) {
            problems.add(new ContentProblem(file.displayName(), "", "Cannot read: " + e.getOriginalMessage()));
        }
    }

    private @Nullable JsonNode parse(ContentFile file, List<ContentProblem> problems) {
        try {
            JsonNode tree = yaml.readTree(file.bytes());
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                problems.add(new ContentProblem(file.displayName(), "", "The file is empty."));
                return null;
            }
            return tree;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(new ContentProblem(file.displayName(), place, "Not valid YAML: " + e.getOriginalMessage()));
            return null;
        }
    }

    private static String hash(List<List<ContentFile>> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<ContentFile> files : sources) {
                for (ContentFile file : files) {
                    digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(file.bytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Keeps the order in which items were read; later sources replace by id. */
    static <T> void putById(Map<String, T> items, String id, T item) {
        items.remove(id);
        items.put(id, item);
    }

    static <T> Map<String, T> ordered() {
        return new LinkedHashMap<>();
    }
}
