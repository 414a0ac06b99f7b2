package dev.summarizer.api;

import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.api.dto.SummaryResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /v1/summaries}: validate and delegate to the {@link SummaryService}. */
@Path("/v1/summaries")
@Tag(name = "Summaries")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
public class SummaryResource {

    private final SummaryService service;

    public SummaryResource(SummaryService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise an article sent as JSON",
            description = "Returns the extractive TextRank summary, key entities, language and stats. "
                    + "With Accept: text/plain only the summary sentences come back, one per line.")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryResponse.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN)})
    public SummaryResponse summarize(@Valid SummaryRequest request, @Context UriInfo uriInfo) {
        // Why: include=explanations reads naturally as a query parameter, so JSON requests take it there too.
        return service.summarize(request == null ? null
                : request.including(QueryParameters.includes(uriInfo.getQueryParameters())));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Summarise an article sent as plain text",
            description = "The body is the article; options are query parameters: sentences | ratio | words | "
                    + "characters, order, title, diversity (0..1), entities.max, entities.types (comma-separated), "
                    + "keyphrases.max, language, include (explanations).")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryResponse.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN)})
    public SummaryResponse summarizePlainText(
            @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN)) String text,
            @Context UriInfo uriInfo) {
        return service.summarizePlainText(text == null ? "" : text, uriInfo.getQueryParameters());
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Summarise an HTML page",
            description = "The body is a web page; navigation, scripts, footers and similar boilerplate are removed "
                    + "and the article text is analysed. The extracted text comes back as source.text, which all "
                    + "offsets refer to. Options are query parameters, as for text/plain.")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryResponse.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN)})
    public SummaryResponse summarizeHtml(
            @RequestBody(content = @Content(mediaType = MediaType.TEXT_HTML)) String html,
            @Context UriInfo uriInfo) {
        return service.summarizeHtml(html == null ? "" : html, uriInfo.getQueryParameters());
    }
}
