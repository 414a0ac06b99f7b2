package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.summarizer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** {@code include=explanations}: why each summary sentence was chosen. */
@QuarkusTest
class ExplanationsTest {

    static final String ARTICLE = Fixtures.article("nk-russia-treaty.txt");

    private static JsonPath explained(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everySummarySentenceIsExplainedAndItsPartsAddUpToItsScore() {
        JsonPath json = explained(Map.of("text", ARTICLE, "include", List.of("explanations")));
        List<Map<String, Object>> sentences = json.getList("summary.sentences");
        assertEquals(3, sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String at = "summary.sentences[" + s + "].";
            double parts = json.getDouble(at + "explanation.centrality") + json.getDouble(at + "explanation.leadPrior")
                    + json.getDouble(at + "explanation.titlePrior");
            assertEquals(json.getDouble(at + "score"), parts, 3e-6, "parts of sentence " + s);
            assertTrue(json.getDouble(at + "explanation.centrality") > 0);
            List<String> words = json.getList(at + "explanation.terms.text");
            String sentence = json.getString(at + "text");
            assertFalse(words.isEmpty());
            words.forEach(word -> assertTrue(sentence.contains(word), word + " is written in: " + sentence));
            List<Integer> endorsers = json.getList(at + "explanation.endorsedBy.index");
            assertFalse(endorsers.isEmpty());
            assertFalse(endorsers.contains(json.getInt(at + "index")), "a sentence does not endorse itself");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadSentenceNamesItsEntitiesAndSharedWords() {
        JsonPath json = explained(Map.of("text", ARTICLE, "include", List.of("explanations")));
        List<Map<String, Object>> sentences = json.getList("summary.sentences");
        Map<String, Object> lead = sentences.stream().filter(s -> ((Integer) s.get("index")) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("the lead sentence is not in the summary"));
        Map<String, Object> why = (Map<String, Object>) lead.get("explanation");
        List<String> entities = (List<String>) why.get("entities");
        List<String> words = ((List<Map<String, Object>>) why.get("terms")).stream()
                .map(t -> (String) t.get("text")).toList();
        assertTrue(entities.containsAll(List.of("North Korea", "Russia")), "entities: " + entities);
        assertTrue(words.containsAll(List.of("Korea", "Russia")), "terms: " + words);
        assertTrue(((Number) why.get("leadPrior")).doubleValue() > 0, "the lead prior helps the first sentence");
        assertEquals(1.0, ((Number) why.get("positionFactor")).doubleValue());
    }

    @Test
    void aTitleEarnsATitlePart() {
        JsonPath json = explained(Map.of("text", ARTICLE, "title", "North Korea ratifies defense treaty with Russia",
                "include", List.of("explanations")));
        double title = json.getList("summary.sentences.explanation.titlePrior", Float.class).stream()
                .mapToDouble(Float::doubleValue).sum();
        assertTrue(title > 0, "sentences repeating the title owe part of their score to it");
    }

    @Test
    void germanSentencesAreExplainedInTheirOwnWords() {
        JsonPath json = explained(Map.of("text", Fixtures.article("de-stadtrat.txt"),
                "include", List.of("explanations")));
        assertEquals("de", json.getString("language.code"));
        List<String> words = json.getList("summary.sentences[0].explanation.terms.text");
        String sentence = json.getString("summary.sentences[0].text");
        assertFalse(words.isEmpty());
        words.forEach(word -> assertTrue(sentence.contains(word), word + " is written in: " + sentence));
        assertEquals(List.of(), json.getList("summary.sentences[0].explanation.entities"), "no German entities");
    }

    @Test
    void explanationsAreAbsentUnlessAskedFor() {
        JsonPath json = explained(Map.of("text", ARTICLE));
        assertNull(json.get("summary.sentences[0].explanation"));
    }

    @Test
    void theQueryParameterWorksForEveryBodyType() {
        given().contentType(ContentType.TEXT).queryParam("include", "explanations").body(ARTICLE)
                .when().post("/v1/summaries").then().statusCode(200)
                .body("summary.sentences.explanation.centrality", hasItem(org.hamcrest.Matchers.greaterThan(0f)));
        given().contentType(ContentType.JSON).queryParam("include", "explanations").body(Map.of("text", ARTICLE))
                .when().post("/v1/summaries").then().statusCode(200)
                .body("summary.sentences[0].explanation.terms", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        given().contentType(ContentType.HTML).queryParam("include", "explanations")
                .body("<html><body><article><p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p></article></body></html>")
                .when().post("/v1/summaries").then().statusCode(200)
                .body("summary.sentences[0].explanation.endorsedBy", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.empty()));
    }

    @Test
    void batchDocumentsTakeTheSharedInclude() {
        given().contentType(ContentType.JSON)
                .body(Map.of("defaults", Map.of("include", List.of("explanations")),
                        "documents", List.of(Map.of("id", "a", "text", ARTICLE))))
                .when().post("/v1/summaries/batch").then().statusCode(200)
                .body("results[0].result.summary.sentences[0].explanation.centrality",
                        org.hamcrest.Matchers.greaterThan(0f));
    }

    @Test
    void anUnknownPartIs422() {
        given().contentType(ContentType.TEXT).queryParam("include", "reasons").body(ARTICLE)
                .when().post("/v1/summaries").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("include"));
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "include", List.of("reasons")))
                .when().post("/v1/summaries").then().statusCode(422).contentType("application/problem+json");
    }
}
