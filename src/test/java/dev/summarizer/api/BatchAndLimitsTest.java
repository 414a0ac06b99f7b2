package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.summarizer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BatchAndLimitsTest {

    private static final String ARTICLE = Fixtures.article("nk-russia-treaty.txt");

    @Test
    void batchAnswersEachDocumentWithItsOwnResultOrProblem() {
        Map<String, Object> batch = Map.of(
                "defaults", Map.of("length", Map.of("sentences", 2)),
                "documents", List.of(
                        Map.of("id", "news", "text", ARTICLE),
                        Map.of("id", "blank", "text", "  "),
                        Map.of("id", "own-length", "text", ARTICLE, "length", Map.of("sentences", 4)),
                        Map.of("text", "Short one. Really short.")));
        given().contentType(ContentType.JSON).body(batch)
                .when().post("/v1/summaries/batch")
                .then().statusCode(200)
                .body("results.id", equalTo(List.of("news", "blank", "own-length", "3")))
                .body("results.status", equalTo(List.of(200, 422, 200, 200)))
                .body("results[0].result.summary.sentences", hasSize(2))
                .body("results[1].result", nullValue())
                .body("results[1].problem.errors.field", hasItem("text"))
                .body("results[2].result.summary.sentences", hasSize(4))
                .body("counts.succeeded", equalTo(3))
                .body("counts.failed", equalTo(1));
    }

    @Test
    void batchResultEqualsTheSingleAnswer() {
        String single = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .when().post("/v1/summaries").then().statusCode(200).extract().path("summary.text");
        given().contentType(ContentType.JSON).body(Map.of("documents", List.of(Map.of("text", ARTICLE))))
                .when().post("/v1/summaries/batch").then().statusCode(200)
                .body("results[0].result.summary.text", equalTo(single));
    }

    @Test
    void tooManyDocumentsIs413AndEmptyBatchIs422() {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            documents.add(Map.of("text", "Document " + i + "."));
        }
        given().contentType(ContentType.JSON).body(Map.of("documents", documents))
                .when().post("/v1/summaries/batch").then().statusCode(413)
                .contentType("application/problem+json").body("limit", equalTo(25)).body("actual", equalTo(26));
        given().contentType(ContentType.JSON).body(Map.of("documents", List.of()))
                .when().post("/v1/summaries/batch").then().statusCode(422)
                .body("errors.field", hasItem("documents"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/summaries/batch").then().statusCode(422);
    }

    @Test
    void limitsArePublished() {
        given().when().get("/v1/limits").then().statusCode(200)
                .body("maxChars", equalTo(200_000))
                .body("maxBatchDocuments", equalTo(25))
                .body("deadlineMs", equalTo(10_000))
                .body("summaryLanguages", hasItem("en"))
                .body("maxKeyphrases", equalTo(100))
                .body("defaultKeyphrases", equalTo(10))
                .body("includeOptions", equalTo(List.of("explanations")))
                .body("offsetUnit", equalTo("utf-16"));
    }

    @Test
    void identicalRequestsShareTheirEntityTagAndOtherOptionsDoNot() {
        Response first = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .when().post("/v1/summaries");
        Response again = given().contentType(ContentType.TEXT).body(ARTICLE).when().post("/v1/summaries");
        Response longer = given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE, "length", Map.of("sentences", 5))).when().post("/v1/summaries");
        String tag = first.then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        assertEquals(tag, first.path("meta.etag"));
        assertEquals(tag, again.header("ETag"), "same text and options, JSON or plain text");
        assertNotEquals(tag, longer.header("ETag"));
        assertEquals(first.<String>path("meta.inputSha256"), longer.path("meta.inputSha256"));
        Response diverse = given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE, "diversity", 0.5)).when().post("/v1/summaries");
        Response explained = given().contentType(ContentType.TEXT).queryParam("include", "explanations").body(ARTICLE)
                .when().post("/v1/summaries");
        assertNotEquals(tag, diverse.header("ETag"), "diversity changes the answer, so it changes the tag");
        assertNotEquals(tag, explained.header("ETag"), "explanations change the answer, so they change the tag");
    }
}
