package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsTheLoadedModels() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("nlp-models"))
                .body("checks[0].data.names", containsString("en-ner.bin"))
                .body("checks[0].data.sentence", notNullValue());
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentHasTheExampleArticleAndTheProblemResponses() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/v1/summaries'.post.requestBody.content.'application/json'.examples.news.value.text",
                        containsString("North Korea has officially ratified"))
                .body("paths.'/v1/summaries'.post.requestBody.content.'application/json'.examples.explained.value"
                        + ".include", hasItem("explanations"))
                .body("paths.'/v1/summaries'.post.requestBody.content.'text/html'.example",
                        containsString("<article><p>North Korea has officially ratified"))
                .body("paths.'/v1/summaries'.post.parameters.name", hasItems("include", "sentences", "title"))
                .body("paths.'/v1/summaries/batch'.post.requestBody.content.'application/json'.example.documents.id",
                        hasItems("nk-russia", "blank"))
                .body("components.schemas.SummarySentence.properties.explanation", notNullValue())
                .body("paths.'/v1/summaries'.post.responses.'200'.headers.ETag", notNullValue())
                .body("components.schemas.Limits.properties.maxChars.examples", hasItem(200000))
                .body("components.schemas.Explanation.properties.centrality.description", notNullValue())
                .body("paths.'/v1/summaries'.post.responses.'413'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.SummaryResponse.properties.summary", notNullValue())
                .body("components.schemas.Entity.properties.salience.description", notNullValue())
                .body("components.schemas.SummaryRequest.properties.diversity.minimum", equalTo(0))
                .body("components.schemas.SummaryRequest.properties.diversity.maximum", equalTo(1));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void metricsCountRequestsByStatus() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Metrics are counted. By status."))
                .when().post("/v1/summaries").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", " "))
                .when().post("/v1/summaries").then().statusCode(422);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/v1/summaries\""))
                .body(containsString("status=\"422\""));
    }
}
