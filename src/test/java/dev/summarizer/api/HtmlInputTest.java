package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.summarizer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HtmlInputTest {

    private static final String PAGE = Fixtures.article("bridge-page.html");

    private static void assertOffsetsReferToSource(JsonPath json) {
        String source = json.getString("source.text");
        for (Map<String, Object> sentence : json.<Map<String, Object>>getList("summary.sentences")) {
            int offset = (Integer) sentence.get("offset");
            assertEquals(source.substring(offset, offset + (Integer) sentence.get("length")), sentence.get("text"));
        }
    }

    @Test
    void htmlBodyIsStrippedAndTheExtractedTextReturned() {
        JsonPath json = given().contentType(ContentType.HTML).body(PAGE).queryParam("sentences", 2)
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("source.contentType", equalTo("text/html"))
                .body("source.title", equalTo("Harbour bridge reopens after repairs"))
                .body("source.text", startsWith("Harbour bridge reopens after repairs"))
                .body("warnings", hasItem(startsWith("HTML markup")))
                .extract().jsonPath();
        assertEquals(2, json.getList("summary.sentences").size());
        assertOffsetsReferToSource(json);
    }

    @Test
    void jsonWithHtmlContentTypeGivesTheSameAnswer() {
        String fromBody = given().contentType(ContentType.HTML).body(PAGE)
                .when().post("/v1/summaries").then().statusCode(200).extract().path("summary.text");
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", PAGE, "contentType", "text/html"))
                .when().post("/v1/summaries").then().statusCode(200).extract().jsonPath();
        assertEquals(fromBody, json.getString("summary.text"));
        assertOffsetsReferToSource(json);
    }

    @Test
    void plainTextHasNoSourceBlock() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Plain words here. And more."))
                .when().post("/v1/summaries").then().statusCode(200)
                .body("containsKey('source')", equalTo(false));
    }

    @Test
    void pageWithoutTextIs422AndUnknownContentTypeIs422() {
        given().contentType(ContentType.HTML).body("<html><script>x()</script><nav>Menu</nav></html>")
                .when().post("/v1/summaries").then().statusCode(422)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "Hi there.", "contentType", "text/markdown"))
                .when().post("/v1/summaries").then().statusCode(422)
                .body("errors.field", equalTo(List.of("contentType")));
    }
}
