package dev.summarizer.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document: the product owner's example article (a real news story, kept as the test
 * fixture {@code nk-russia-treaty.txt}) as the request example that Swagger UI pre-fills, and the problem
 * responses that every summarising operation can give.
 */
public class OpenApiExamples implements OASFilter {

    private static final String EXAMPLE_ARTICLE = "examples/nk-russia-treaty.txt";

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "The body is not valid JSON",
            "413", "The text or the body is over its limit (the problem gives limit and actual)",
            "415", "The body is neither JSON nor plain text",
            "422", "Blank text, an unknown field, an option out of range, or two length units");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        String article = readExample();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            Operation post = path.getPOST();
            if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
                continue;
            }
            Content content = post.getRequestBody().getContent();
            MediaType json = content.getMediaType("application/json");
            if (json != null) {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("text", article);
                example.put("length", Map.of("sentences", 3));
                example.put("order", "document");
                example.put("entities", Map.of("max", 15));
                json.setExample(example);
            }
            MediaType plain = content.getMediaType("text/plain");
            if (plain != null) {
                plain.setExample(article);
            }
            addProblemResponses(post.getResponses());
        }
    }

    private static void addProblemResponses(APIResponses responses) {
        PROBLEMS.keySet().stream().sorted().forEach(status -> responses.addAPIResponse(status,
                OASFactory.createAPIResponse()
                        .description(PROBLEMS.get(status))
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(
                                        OASFactory.createSchema().ref("#/components/schemas/Problem"))))));
    }

    private static String readExample() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLE_ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + EXAMPLE_ARTICLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
