package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.summarizer.Fixtures;
import dev.summarizer.nlp.NlpModels;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguagesTest {

    @Inject
    NlpModels models;

    private static JsonPath summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void germanNewsIsDetectedAndSplitWithGermanModels() {
        String text = Fixtures.article("de-stadtrat.txt");
        JsonPath json = summarize(Map.of("text", text, "length", Map.of("sentences", 2)));
        assertEquals("de", json.getString("language.code"));
        assertEquals("detected", json.getString("language.source"));
        assertEquals(8, json.getInt("stats.sentences"), "'Mio.' does not end a sentence");
        List<String> sentences = json.getList("summary.sentences.text", String.class);
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).startsWith("Der Stadtrat hat am Dienstag"), sentences.toString());
        assertTrue(json.getList("entities").isEmpty());
        assertTrue(json.getList("warnings", String.class).stream().anyMatch(w -> w.contains("English text only")));
        assertTrue(json.getList("keyphrases").size() > 0, "German key phrases from the German tagger");
    }

    @Test
    void frenchNewsIsDetectedAndSummarised() {
        String text = Fixtures.article("fr-festival.txt");
        JsonPath json = summarize(Map.of("text", text, "length", Map.of("sentences", 2)));
        assertEquals("fr", json.getString("language.code"));
        assertEquals(8, json.getInt("stats.sentences"));
        assertTrue(json.getString("summary.text").startsWith("Le festival de musique"), json.getString("summary.text"));
    }

    @Test
    void requestedLanguageIsUsedForShortText() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Guten Tag.", "language", "de"))
                .when().post("/v1/summaries").then().statusCode(200)
                .body("language.code", equalTo("de"))
                .body("language.source", equalTo("requested"));
        given().contentType(ContentType.TEXT).body("Bonjour.").queryParam("language", "fr")
                .when().post("/v1/summaries").then().statusCode(200).body("language.code", equalTo("fr"));
    }

    @Test
    void unsupportedRequestedLanguageIs422ListingTheSupportedOnes() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Hola a todos.", "language", "es"))
                .when().post("/v1/summaries").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("language"))
                .body("supported", equalTo(List.of("de", "en", "fr")));
        given().contentType(ContentType.JSON).body(Map.of("text", "Hola.", "language", "Spanish"))
                .when().post("/v1/summaries").then().statusCode(422);
    }

    @Test
    void limitsListTheLanguages() {
        given().when().get("/v1/limits").then().statusCode(200)
                .body("summaryLanguages", hasItems("en", "de", "fr"))
                .body("entityLanguages", equalTo(List.of("en")));
    }

    @Test
    void englishIsStillDetected() {
        given().contentType(ContentType.TEXT).body(Fixtures.article("nk-russia-treaty.txt"))
                .when().post("/v1/summaries").then().statusCode(200)
                .body("language.code", equalTo("en"))
                .body("language.source", equalTo("detected"))
                .body("warnings", empty())
                .body("summary.sentences", hasSize(3))
                .body("summary.sentences[0].text", startsWith("North Korea"));
    }

    /**
     * On one sentence OpenNLP's detector often ranks another language a hair above English (here Romanian); the
     * service keeps English unless the other language is clearly likelier, so the sentence keeps its entities.
     */
    @Test
    void oneEnglishSentenceIsNotTakenForALanguageBarelyAheadOfEnglish() {
        String sentence = "Controversial IRA film screened at Venice festival.";
        Language[] ranked = new LanguageDetectorME(models.language()).predictLanguages(sentence);
        assertNotEquals("eng", ranked[0].getLang(), "precondition: the raw detector puts another language first");
        JsonPath json = summarize(Map.of("text", sentence));
        assertEquals("en", json.getString("language.code"));
        assertEquals("assumed", json.getString("language.source"));
        assertTrue(json.getList("warnings", String.class).stream().anyMatch(w -> w.contains("barely more like")),
                json.getList("warnings").toString());
        assertTrue(json.getList("entities.name", String.class).contains("Venice"), json.getList("entities").toString());
    }

    @Test
    void oneClearlyGermanSentenceIsStillGerman() {
        JsonPath json = summarize(Map.of("text",
                "Der Stadtrat hat am Dienstag beschlossen, die Gebühren für Parkplätze zu erhöhen."));
        assertEquals("de", json.getString("language.code"));
        assertEquals("detected", json.getString("language.source"));
    }
}
