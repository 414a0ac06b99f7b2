package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With API keys configured, /v1/ needs one; health and the page do not. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithKeys.class)
class ApiKeyTest {

    /** Two keys, as an operator would set them in the environment. */
    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summarizer.security.api-keys", "first-key,second-key");
        }
    }

    @Test
    void missingOrWrongKeyIs401Problem() {
        given().contentType(ContentType.TEXT).body("Hello there.").when().post("/v1/summaries").then()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("X-API-Key", "nope").contentType(ContentType.TEXT).body("Hello there.")
                .when().post("/v1/summaries").then().statusCode(401);
        given().when().get("/v1/limits").then().statusCode(401);
    }

    @Test
    void eitherKeyInEitherHeaderIsAccepted() {
        given().header("X-API-Key", "first-key").contentType(ContentType.TEXT).body("Hello there.")
                .when().post("/v1/summaries").then().statusCode(200);
        given().header("Authorization", "Bearer second-key").contentType(ContentType.TEXT).body("Hello there.")
                .when().post("/v1/summaries").then().statusCode(200);
    }

    @Test
    void healthAndPageStayOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/").then().statusCode(200);
    }
}
