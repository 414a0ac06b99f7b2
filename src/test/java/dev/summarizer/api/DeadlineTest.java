package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** An analysis that outlives its deadline is answered 503 problem+json, not left hanging. */
@QuarkusTest
@TestProfile(DeadlineTest.TinyDeadline.class)
class DeadlineTest {

    /** A deadline no real analysis can meet. */
    public static class TinyDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summarizer.limits.deadline", "1ms");
        }
    }

    @Test
    void slowAnalysisIs503WithRetryAfter() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "A sentence that takes longer than a millisecond. ".repeat(2000)))
                .when().post("/v1/summaries")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("status", equalTo(503))
                .body("type", equalTo("urn:article-summarizer:problem:deadline-exceeded"));
    }
}
