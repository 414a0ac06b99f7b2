package dev.summarizer.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document: the product owner's example article (a real news story, kept as the test
 * fixture {@code nk-russia-treaty.txt}) in the request examples that Swagger UI pre-fills (plain, explained,
 * HTML, batch), the query options of text bodies, and the problem responses every summarising operation can give.
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
        PathItem single = openAPI.getPaths().getPathItem("/v1/summaries");
        if (single != null && single.getPOST() != null) {
            describeSingle(single.getPOST(), article);
        }
        PathItem batch = openAPI.getPaths().getPathItem("/v1/summaries/batch");
        if (batch != null && batch.getPOST() != null) {
            describeBatch(batch.getPOST(), article);
        }
    }

    private static void describeSingle(Operation post, String article) {
        Content content = post.getRequestBody().getContent();
        MediaType json = content.getMediaType("application/json");
        if (json != null) {
            Map<String, Object> news = new LinkedHashMap<>();
            news.put("text", article);
            news.put("length", Map.of("sentences", 3));
            news.put("order", "document");
            news.put("entities", Map.of("max", 15));
            Map<String, Object> explained = new LinkedHashMap<>();
            explained.put("text", article);
            explained.put("title", "North Korea ratifies defense treaty with Russia");
            explained.put("length", Map.of("words", 60));
            explained.put("order", "rank");
            explained.put("keyphrases", Map.of("max", 5));
            explained.put("include", List.of("explanations"));
            json.addExample("news", OASFactory.createExample().summary("A news article, 3 sentences, entities")
                    .value(news));
            json.addExample("explained", OASFactory.createExample()
                    .summary("With a title, a word budget, best first, and why each sentence was chosen")
                    .value(explained));
        }
        MediaType plain = content.getMediaType("text/plain");
        if (plain != null) {
            plain.setExample(article);
        }
        MediaType html = content.getMediaType("text/html");
        if (html != null) {
            html.setExample("<html><head><title>North Korea ratifies defense treaty with Russia</title></head><body>"
                    + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><p>"
                    + article.strip().replace("\n\n", "</p><p>") + "</p></article>"
                    + "<footer>Copyright. All rights reserved.</footer></body></html>");
        }
        QueryParameters.OPTIONS.forEach((name, description) -> post.addParameter(OASFactory.createParameter().name(name)
                .in(Parameter.In.QUERY).required(false).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        org.eclipse.microprofile.openapi.models.responses.APIResponse ok = post.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", OASFactory.createHeader().description("Equal for equal text, options and service "
                    + "configuration (also meta.etag).").schema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)));
        }
        addProblemResponses(post.getResponses());
    }

    private static void describeBatch(Operation post, String article) {
        MediaType json = post.getRequestBody().getContent().getMediaType("application/json");
        if (json != null) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put("length", Map.of("sentences", 2));
            defaults.put("entities", Map.of("max", 5));
            json.setExample(Map.of("defaults", defaults, "documents", List.of(
                    Map.of("id", "nk-russia", "text", article),
                    Map.of("id", "short", "text", "The council approved the budget on Monday. Spending on schools "
                            + "rises by four percent. The vote was close.", "length", Map.of("sentences", 1)),
                    Map.of("id", "blank", "text", " "))));
        }
        addProblemResponses(post.getResponses());
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
