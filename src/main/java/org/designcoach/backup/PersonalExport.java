package org.designcoach.backup;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own data as one JSON document, one section per feature that keeps
 * personal data. It is always the caller's own: there is no way to ask for someone else's.
 */
@Service
public class PersonalExport {

    static final String FORMAT = "design-coach-personal-export";
    static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneOffset.UTC);

    private final List<PersonalData> sections;
    private final Clock clock;

    PersonalExport(List<PersonalData> sections, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.clock = clock;
    }

    /** Writes the document to the output, which stays open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(OutputStream out) {
        String username = signedIn();
        Map<String, Object> bySection = new LinkedHashMap<>();
        sections.forEach(section -> bySection.put(section.section(), section.exportFor(username)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("formatVersion", FORMAT_VERSION);
        document.put("exportedAt", clock.instant());
        document.put("username", username);
        document.put("sections", bySection);
        JSON.writeValue(out, document);
    }

    /** The names of the sections the document holds, for the page that explains it. */
    @PreAuthorize("isAuthenticated()")
    public List<String> sectionNames() {
        return sections.stream().map(PersonalData::section).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public String fileName() {
        return "design-coach-" + signedIn() + "-" + FILE_DATE.format(clock.instant()) + ".json";
    }

    /**
     * The signed-in username, read from Spring Security directly: the security feature depends on
     * this one (its account section), so using its CurrentUser here would make a cycle.
     */
    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in first.");
        }
        return authentication.getName();
    }
}
