package org.designcoach.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.designcoach.api.ApiModels.CaseSummary;
import org.designcoach.api.ApiModels.ScoreResult;
import org.designcoach.content.Catalog;
import org.designcoach.content.ContentService;
import org.designcoach.content.DesignDocuments;
import org.designcoach.design.Design;
import org.designcoach.scoring.ScoringService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Cases, the catalog and scoring for tools and company systems. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CasesApi {

    static final double MAX_PEAK_QPS = 1e9;

    private final ContentService content;
    private final DesignDocuments documents;
    private final ScoringService scoring;

    CasesApi(ContentService content, DesignDocuments documents, ScoringService scoring) {
        this.content = content;
        this.documents = documents;
        this.scoring = scoring;
    }

    @GetMapping("/cases")
    @Operation(summary = "The cases, easiest first; no reference solutions")
    List<CaseSummary> cases() {
        return content.findCases("", Optional.empty(), Optional.empty()).stream().map(CaseSummary::of).toList();
    }

    @GetMapping("/catalog")
    @Operation(summary = "The component catalog: categories and component types with their properties and defaults")
    Catalog catalog() {
        return content.library().catalog();
    }

    @PostMapping(path = "/cases/{caseId}/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Score a design against a case",
            description = "The body is a design in format version 1, as the canvas exports it (at most 512 KB, "
                    + "300 components, 1,000 arrows). A design that cannot be read gets a 400 whose 'problems' "
                    + "list says each thing that is wrong.")
    @ApiResponse(responseCode = "200", description = "The findings and the scores")
    @ApiResponse(responseCode = "400", description = "The design or a parameter is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No case has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @RequestBody(required = true, description = "A design, format version 1 (docs/content-format.md, \"Designs\")",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = DesignSchemaDocumentation.REF)))
    ScoreResult score(@PathVariable String caseId,
            @Parameter(description = "The peak load to judge at, in requests per second; the case's own figure "
                    + "when absent") @RequestParam(required = false) @Nullable Double peakQps,
            InputStream body) throws IOException {
        Design design = documents.read(readLimited(body, DesignDocuments.MAX_BYTES));
        return ScoreResult.of(caseId, scoring.score(caseId, design, checkedPeak(peakQps)), CasesApi::conceptUrl);
    }

    /** The concept's page in the app, at the address this call came to (behind a proxy, its forwarded one). */
    static String conceptUrl(String conceptId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/concepts/{id}").buildAndExpand(conceptId)
                .toUriString();
    }

    /** Reads at most one byte more than a design may have, so that a huge body is refused unread. */
    static String readLimited(InputStream body, int limit) throws IOException {
        byte[] bytes = body.readNBytes(limit + 1);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Optional<Double> checkedPeak(@Nullable Double peakQps) {
        if (peakQps == null) {
            return Optional.empty();
        }
        if (!(peakQps > 0) || peakQps > MAX_PEAK_QPS) {
            throw new InvalidParameterException("peakQps must be a number of requests per second above 0 and at most "
                    + "1,000,000,000; it was " + peakQps + ".");
        }
        return Optional.of(peakQps);
    }
}
