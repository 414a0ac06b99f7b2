package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorContractTest {

    private static ValidatableResponse postJson(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("type", notNullValue())
                .body("instance", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.summarizer")));
    }

    @Test
    void malformedJsonIs400() {
        problem(postJson("{\"text\": \"unterminated"), 400)
                .body("type", containsString("malformed-body"))
                .body("detail", containsString("not valid JSON"))
                .body("detail", containsString("line 1"));
        problem(postJson("{\"text\": \"a\"} trailing"), 400)
                .body("type", containsString("malformed-body"));
    }

    @Test
    void bodyOverTheJsonReadersLimitsIs400WithoutClassNames() {
        problem(postJson("{\"text\": \"Hello.\", \"x\": " + "9".repeat(1001) + "}"), 400)
                .body("type", containsString("malformed-body"))
                .body("detail", not(containsString("StreamReadConstraints")));
        problem(postJson("9".repeat(1001)), 400).body("detail", not(containsString("StreamReadConstraints")));
    }

    @Test
    void emptyBodyIs400() {
        problem(postJson(""), 400);
    }

    @Test
    void duplicateFieldIs400() {
        problem(postJson("{\"text\": \"One.\", \"text\": \"Two.\"}"), 400)
                .body("detail", containsString("gives a field twice"));
    }

    @Test
    void blankTextIs422() {
        problem(postJson("{\"text\": \"   \\n\\t \"}"), 422).body("errors.field", hasItem("text"));
        problem(postJson("{\"title\": \"no text\"}"), 422).body("errors.field", hasItem("text"));
        problem(postJson("{\"text\": null}"), 422).body("errors.field", hasItem("text"));
        given().contentType(ContentType.TEXT).body("  ").when().post("/v1/summaries").then()
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void twoLengthUnitsAre422() {
        problem(postJson("{\"text\": \"Hello world.\", \"length\": {\"sentences\": 2, \"words\": 50}}"), 422)
                .body("errors.field", hasItem("length"))
                .body("errors.message", hasItem(containsString("exactly one")));
        problem(postJson("{\"text\": \"Hello world.\", \"length\": {}}"), 422);
    }

    @Test
    void outOfRangeOptionsAre422() {
        problem(postJson("{\"text\": \"Hello.\", \"length\": {\"sentences\": 0}}"), 422)
                .body("errors.field", hasItem("length.sentences"));
        problem(postJson("{\"text\": \"Hello.\", \"length\": {\"ratio\": 1.5}}"), 422)
                .body("errors.field", hasItem("length.ratio"));
        problem(postJson("{\"text\": \"Hello.\", \"diversity\": 1.2}"), 422)
                .body("errors.field", hasItem("diversity"));
        problem(postJson("{\"text\": \"Hello.\", \"diversity\": -0.1}"), 422)
                .body("errors.field", hasItem("diversity"));
        problem(postJson("{\"text\": \"Hello.\", \"entities\": {\"max\": 1001}}"), 422)
                .body("errors.field", hasItem("entities.max"));
        problem(postJson("{\"text\": \"Hello.\", \"order\": \"random\"}"), 422)
                .body("errors.field", hasItem("order"));
        problem(postJson("{\"text\": \"Hello.\", \"entities\": {\"types\": [\"PLANET\"]}}"), 422)
                .body("errors.field", hasItem("entities.types[0]"));
    }

    @Test
    void wrongTypesAndUnknownFieldsAre422() {
        problem(postJson("{\"text\": \"Hello.\", \"length\": {\"sentences\": \"three\"}}"), 422)
                .body("errors.field", hasItem("length.sentences"));
        problem(postJson("{\"text\": \"Hello.\", \"length\": {\"sentences\": 2.5}}"), 422);
        problem(postJson("{\"text\": 42}"), 422).body("errors.field", hasItem("text"));
        problem(postJson("{\"text\": \"Hello.\", \"lenght\": {\"sentences\": 2}}"), 422)
                .body("errors.field", hasItem("lenght"));
    }

    @Test
    void badQueryParametersAre422() {
        given().contentType(ContentType.TEXT).body("Hello world.").queryParam("sentences", "x")
                .when().post("/v1/summaries").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("sentences"));
        given().contentType(ContentType.TEXT).body("Hello world.").queryParam("sentences", 2)
                .queryParam("words", 10)
                .when().post("/v1/summaries").then().statusCode(422).body("errors.field", hasItem("length"));
        given().contentType(ContentType.TEXT).body("Hello world.").queryParam("sentense", 2)
                .when().post("/v1/summaries").then().statusCode(422).body("errors.field", hasItem("sentense"));
        given().contentType(ContentType.TEXT).body("Hello world.").queryParam("diversity", "2")
                .when().post("/v1/summaries").then().statusCode(422).body("errors.field", hasItem("diversity"));
        given().contentType(ContentType.TEXT).body("Hello world.").queryParam("diversity", "lots")
                .when().post("/v1/summaries").then().statusCode(422).body("errors.field", hasItem("diversity"));
    }

    @Test
    void textOverTheLimitIs413WithLimitAndActual() {
        String text = "a".repeat(200_001);
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/v1/summaries").then()
                .statusCode(413).contentType("application/problem+json")
                .body("limit", equalTo(200_000)).body("actual", equalTo(200_001));
        given().contentType(ContentType.TEXT).body(text)
                .when().post("/v1/summaries").then()
                .statusCode(413).body("limit", equalTo(200_000));
    }

    @Test
    void bodyOverTheHttpLimitIs413() {
        given().contentType(ContentType.TEXT).body("word ".repeat(500_000))
                .when().post("/v1/summaries").then()
                .statusCode(413);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType("application/xml").body("<text>Hello</text>")
                .when().post("/v1/summaries").then(), 415);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        problem(given().when().get("/v1/nothing-here").then(), 404);
        problem(given().when().get("/v1/summaries").then(), 405);
    }

    @Test
    void fieldErrorsListEveryProblem() {
        problem(postJson("{\"text\": \"\", \"length\": {\"sentences\": -1}, \"title\": \"" + "t".repeat(1001)
                + "\"}"), 422)
                .body("errors.field", equalTo(List.of("length.sentences", "text", "title")));
    }
}
