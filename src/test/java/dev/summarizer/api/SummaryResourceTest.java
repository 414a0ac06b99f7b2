package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.summarizer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryResourceTest {

    static final String ARTICLE = Fixtures.article("nk-russia-treaty.txt");

    static JsonPath summarize(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/summaries")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    static Map<String, Object> entityNamed(JsonPath json, String name) {
        List<Map<String, Object>> entities = json.getList("entities");
        return entities.stream().filter(e -> name.equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + json.getList("entities.name")));
    }

    @Test
    void fixtureArticleGivesThreeSentencesWhoseOffsetsReproduceTheirText() {
        JsonPath json = summarize(Map.of("text", ARTICLE));
        List<Map<String, Object>> sentences = json.getList("summary.sentences");
        assertEquals(3, sentences.size());
        int previousIndex = -1;
        for (Map<String, Object> sentence : sentences) {
            int offset = (Integer) sentence.get("offset");
            int length = (Integer) sentence.get("length");
            assertEquals(ARTICLE.substring(offset, offset + length), sentence.get("text"));
            int index = (Integer) sentence.get("index");
            assertTrue(index > previousIndex, "document order by default");
            previousIndex = index;
        }
        assertEquals(ARTICLE.length(), json.getInt("stats.characters"));
        assertEquals("en", json.getString("language.code"));
        assertEquals(List.of(), json.getList("warnings"));
    }

    @Test
    void fixtureArticleNamesItsKeyPeopleAndPlaces() {
        JsonPath json = summarize(Map.of("text", ARTICLE));
        Map<String, Object> putin = entityNamed(json, "Vladimir Putin");
        assertEquals("PERSON", putin.get("type"));
        assertTrue(((List<?>) putin.get("aliases")).contains("Putin"));
        Map<String, Object> kim = entityNamed(json, "Kim Jong Un");
        assertEquals("PERSON", kim.get("type"));
        assertTrue(((List<?>) kim.get("aliases")).contains("Kim"));
        assertEquals("LOCATION", entityNamed(json, "North Korea").get("type"));
        assertEquals("LOCATION", entityNamed(json, "Russia").get("type"));
    }

    @Test
    void entityMentionsPointAtTheirText() {
        JsonPath json = summarize(Map.of("text", ARTICLE));
        List<Map<String, Object>> entities = json.getList("entities");
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> entity : entities) {
            double salience = ((Number) entity.get("salience")).doubleValue();
            assertTrue(salience <= previous, "sorted by salience");
            previous = salience;
            List<Map<String, Object>> mentions = (List<Map<String, Object>>) entity.get("mentions");
            assertEquals(entity.get("count"), mentions.size());
            for (Map<String, Object> mention : mentions) {
                int offset = (Integer) mention.get("offset");
                String surface = ARTICLE.substring(offset, offset + (Integer) mention.get("length"));
                assertEquals(mention.get("text"), surface);
                assertTrue(((List<?>) entity.get("aliases")).contains(surface));
            }
        }
    }

    @Test
    void rankOrderPutsTheBestSentenceFirst() {
        JsonPath json = summarize(Map.of("text", ARTICLE, "order", "rank", "length", Map.of("sentences", 4)));
        assertEquals(List.of(1, 2, 3, 4), json.getList("summary.sentences.rank"));
    }

    @Test
    void wordBudgetIsRespected() {
        JsonPath json = summarize(Map.of("text", ARTICLE, "length", Map.of("words", 60)));
        int words = json.getList("summary.sentences.text", String.class).stream()
                .mapToInt(s -> s.split("\\s+").length).sum();
        assertTrue(words <= 60 + 10, "about 60 words (tokens and spaces differ slightly): " + words);
        assertTrue(json.getList("summary.sentences").size() >= 1);
    }

    @Test
    void characterBudgetIsRespected() {
        JsonPath json = summarize(Map.of("text", ARTICLE, "length", Map.of("characters", 400)));
        assertTrue(json.getString("summary.text").length() <= 400);
    }

    @Test
    void ratioCountsSentences() {
        JsonPath json = summarize(Map.of("text", ARTICLE, "length", Map.of("ratio", 0.5)));
        int total = json.getInt("stats.sentences");
        assertEquals(Math.round(total * 0.5), json.getList("summary.sentences").size());
    }

    @Test
    void entityOptionsLimitAndFilter() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE, "entities", Map.of("max", 2, "types", List.of("PERSON"))))
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("entities", hasSize(2))
                .body("entities.type", everyItem(equalTo("PERSON")));
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "entities", Map.of("max", 0)))
                .when().post("/v1/summaries")
                .then().statusCode(200).body("entities", empty());
    }

    @Test
    void plainTextBodyTakesOptionsAsQueryParameters() {
        given().contentType(ContentType.TEXT).body(ARTICLE)
                .queryParam("sentences", 2).queryParam("order", "rank").queryParam("entities.types", "LOCATION")
                .when().post("/v1/summaries")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("summary.sentences", hasSize(2))
                .body("summary.sentences.rank", contains(1, 2))
                .body("entities.type", everyItem(equalTo("LOCATION")))
                .body("entities.name", hasItem("Russia"));
    }

    @Test
    void acceptTextPlainReturnsOneSentencePerLine() {
        JsonPath json = summarize(Map.of("text", ARTICLE));
        String plain = given().contentType(ContentType.JSON).accept(ContentType.TEXT).body(Map.of("text", ARTICLE))
                .when().post("/v1/summaries")
                .then().statusCode(200).contentType(ContentType.TEXT)
                .extract().asString();
        assertEquals(String.join("\n", json.getList("summary.sentences.text", String.class)) + "\n", plain);
    }

    @Test
    void oneSentenceTextGivesThatSentence() {
        summarize(Map.of("text", "Just one sentence here"));
        given().contentType(ContentType.TEXT).body("Just one sentence here")
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("summary.sentences", hasSize(1))
                .body("summary.sentences[0].offset", equalTo(0))
                .body("summary.text", equalTo("Just one sentence here"))
                .body("warnings", hasSize(1));
    }

    @Test
    void headingIsNotChosenBylineIsDroppedAndWrappedLinesStayTogether() {
        String text = Fixtures.article("heading-and-wrapped-lines.txt");
        JsonPath json = summarize(Map.of("text", text, "length", Map.of("sentences", 10)));
        List<String> sentences = json.getList("summary.sentences.text", String.class);
        assertEquals(4, sentences.size(), sentences.toString());
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("Harbour Bridge") || s.startsWith("By ")));
        assertTrue(sentences.get(0).startsWith("The harbour bridge") && sentences.get(0).endsWith("said."));
        assertEquals(5, json.getInt("stats.sentences"), "the heading is still a sentence of the text");
    }

    @Test
    void keyphrasesComeBestFirstAndCanBeLimitedOrTurnedOff() {
        JsonPath json = summarize(Map.of("text", ARTICLE));
        List<Map<String, Object>> phrases = json.getList("keyphrases");
        assertTrue(phrases.size() > 0 && phrases.size() <= 10, "default is up to 10: " + phrases);
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> phrase : phrases) {
            double score = ((Number) phrase.get("score")).doubleValue();
            assertTrue(score <= previous);
            previous = score;
            assertTrue(ARTICLE.contains((String) phrase.get("text")), "a phrase is written in the text");
        }
        assertTrue(json.getList("keyphrases.text", String.class).contains("North Korea"));
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "keyphrases", Map.of("max", 3)))
                .when().post("/v1/summaries").then().statusCode(200).body("keyphrases", hasSize(3));
        given().contentType(ContentType.TEXT).body(ARTICLE).queryParam("keyphrases.max", 0)
                .when().post("/v1/summaries").then().statusCode(200).body("keyphrases", empty());
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "keyphrases", Map.of("max", 101)))
                .when().post("/v1/summaries").then().statusCode(422);
    }

    @Test
    void processingTimeIsReported() {
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .when().post("/v1/summaries")
                .then().statusCode(200).body("stats.processingMs", lessThanOrEqualTo(10_000));
    }

    @Test
    void theLeadRestatedIsNotRepeatedWithOrWithoutDiversity() {
        String article = Fixtures.article("near-duplicate-lead.txt");
        JsonPath plain = summarize(Map.of("text", article, "length", Map.of("sentences", 2),
                "order", "rank"));
        assertEquals(List.of(1, 3), plain.getList("summary.sentences.index", Integer.class),
                "sentence 2 restates the lead (content-term cosine above summarizer.sentences.repeat-cosine)");
        assertTrue(plain.getInt("summary.sentences[1].rank") > 2, "the repeat outranks it but is skipped");
        JsonPath diverse = summarize(Map.of("text", article, "length", Map.of("sentences", 2), "diversity", 0.5));
        List<Integer> chosen = diverse.getList("summary.sentences.index", Integer.class);
        assertEquals(2, chosen.size());
        assertTrue(chosen.contains(1) && !chosen.contains(2), chosen.toString());
    }

    @Test
    void diversityIsAQueryParameterForPlainText() {
        given().contentType(ContentType.TEXT).body(Fixtures.article("near-duplicate-lead.txt"))
                .queryParam("sentences", 2).queryParam("diversity", "0.5")
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .body("summary.sentences.index", hasItem(1))
                .body("summary.sentences.index", org.hamcrest.Matchers.not(hasItem(2)));
    }

    @Test
    void headingsAndTrailersAreNotChosen() {
        JsonPath json = summarize(Map.of("text", Fixtures.article("list-and-headings.txt"),
                "length", Map.of("sentences", 4)));
        for (String sentence : json.getList("summary.sentences.text", String.class)) {
            assertTrue(sentence.endsWith("."), sentence);
        }
    }

    @Test
    void titleIsAcceptedAndTheSummaryStillHasTheRequestedLength() {
        summarize(Map.of("text", ARTICLE, "title", "North Korea ratifies defence treaty with Russia"))
                .getList("summary.sentences");
        assertEquals(3, summarize(Map.of("text", ARTICLE, "title", "North Korea ratifies treaty"))
                .getList("summary.sentences").size());
    }
}
