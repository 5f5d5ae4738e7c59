package org.designcoach.content;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The content library: loaded and checked at start-up (bad content stops the start), reloadable
 * by an admin (a failed reload keeps the content in use), and searchable.
 */
@Service
public class ContentService {

    private static final Logger log = LoggerFactory.getLogger(ContentService.class);
    private static final Comparator<CaseStudy> BY_LEVEL_THEN_TITLE = Comparator
            .comparingInt((CaseStudy study) -> Levels.rank(study.level()))
            .thenComparing(CaseStudy::title);

    private final ContentLoader loader;
    private final ContentProperties properties;
    private final AtomicReference<ContentLibrary> library = new AtomicReference<>();

    private final ObjectProvider<AttemptHistory> attempts;

    private final ApplicationEventPublisher events;

    ContentService(ContentProperties properties, Clock clock, ObjectProvider<AttemptHistory> attempts,
            ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.events = events;
        this.properties = properties;
        this.loader = new ContentLoader(new ContentSchemas(), clock);
        ContentLibrary loaded = loader.load(properties.dir());
        library.set(loaded);
        log.info("Loaded content {}: {} cases, {} concepts, {} component types, {} lessons", loaded.version(),
                loaded.cases().size(), loaded.concepts().size(), loaded.catalog().components().size(),
                loaded.lessons().size());
    }

    public ContentLibrary library() {
        return library.get();
    }

    /** Reads the content again; on any problem the content in use stays and the problems are returned. */
    @PreAuthorize("hasRole('ADMIN')")
    public ReloadResult reload() {
        try {
            ContentLibrary loaded = loader.load(properties.dir());
            library.set(loaded);
            log.info("Reloaded content {}", loaded.version());
            events.publishEvent(new ContentEvents.ContentReloadRequested(actor(), true, loaded.version(), 0));
            return new ReloadResult(true, loaded.version(), List.of());
        } catch (InvalidContentException e) {
            log.warn("Content reload refused: {}", e.getMessage());
            events.publishEvent(new ContentEvents.ContentReloadRequested(actor(), false, library().version(),
                    e.problems().size()));
            return new ReloadResult(false, library().version(), e.problems());
        }
    }

    /** The outcome of a reload: the version in use afterwards, and why a reload was refused. */
    public record ReloadResult(boolean reloaded, String version, List<ContentProblem> problems) {
    }

    /** Cases matching a text (all words, anywhere in the visible text), a level and a topic; empty filters match all. */
    public List<CaseStudy> findCases(String text, Optional<String> level, Optional<String> topic) {
        List<String> words = words(text);
        return library().allCases().stream()
                .filter(study -> level.map(study.level()::equals).orElse(true))
                .filter(study -> topic.map(study.topics()::contains).orElse(true))
                .filter(study -> containsAll(study.publicText(), words))
                .sorted(BY_LEVEL_THEN_TITLE)
                .toList();
    }

    public List<Concept> findConcepts(String text) {
        List<String> words = words(text);
        return library().concepts().values().stream()
                .filter(concept -> containsAll(concept.searchableText(), words))
                .sorted(Comparator.comparing(Concept::title))
                .toList();
    }

    public List<String> topics() {
        return library().allCases().stream().flatMap(study -> study.topics().stream()).distinct().sorted().toList();
    }

    public Optional<CaseStudy> caseStudy(String id) {
        return library().caseStudy(id);
    }

    public Optional<Concept> concept(String id) {
        return library().concept(id);
    }

    public Optional<Lesson> lesson(String id) {
        return library().lesson(id);
    }

    /**
     * Mentors and admins always see reference solutions. Learners see one once they have finished a
     * practice session of the case, so that it cannot shape their own first answer.
     */
    public boolean maySeeSolution(String caseId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || library().caseStudy(caseId).isEmpty()) {
            return false;
        }
        boolean staff = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_MENTOR") || role.equals("ROLE_ADMIN"));
        AttemptHistory history = attempts.getIfAvailable();
        return staff || history != null && history.hasFinished(authentication.getName(), caseId);
    }

    /** Who asked for a reload; the security feature's CurrentUser would make content depend on it. */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "(unknown)" : authentication.getName();
    }

    /** Query words, cut to a rough stem so that "cache" finds "caching" and "queues" finds "queue". */
    static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(ContentService::stem)
                .toList();
    }

    private static String stem(String word) {
        for (String suffix : List.of("ing", "es", "s", "e")) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static boolean containsAll(String text, List<String> words) {
        String haystack = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }
}
