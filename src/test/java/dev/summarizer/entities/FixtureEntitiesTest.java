package dev.summarizer.entities;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.summarizer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The key entities of the product owner's example article, as a client gets them through HTTP (issue 3). */
@QuarkusTest
class FixtureEntitiesTest {

    /** The response's entities, fetched once (the server is up only once the test instance runs). */
    private static List<Map<String, Object>> entities;

    private static List<Map<String, Object>> entities() {
        if (entities == null) {
            entities = summarizeFixture();
        }
        return entities;
    }

    private static List<Map<String, Object>> summarizeFixture() {
        JsonPath json = given().contentType(ContentType.JSON)
                .body(Map.of("text", Fixtures.article("nk-russia-treaty.txt"), "entities", Map.of("max", 20)))
                .when().post("/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
        return json.getList("entities");
    }

    private Map<String, Object> entity(String name) {
        return entities().stream().filter(e -> name.equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + names()));
    }

    private List<Object> names() {
        return entities().stream().map(e -> e.get("name")).toList();
    }

    private List<?> aliases(String name) {
        return (List<?>) entity(name).get("aliases");
    }

    @Test
    void articleIsAboutTheTwoCountriesTheirLeadersAndUkraine() {
        List<Object> top = names().subList(0, 8);
        for (String name : List.of("North Korea", "Russia", "Kim Jong Un", "Vladimir Putin", "Ukraine")) {
            assertTrue(top.contains(name), name + " should be among the top 8 of " + names());
        }
    }

    @Test
    void leadersAreTypedAsPeopleAndMergedWithTheirShortNames() {
        assertEquals("PERSON", entity("Vladimir Putin").get("type"));
        assertTrue(aliases("Vladimir Putin").contains("Putin"));
        assertEquals("PERSON", entity("Kim Jong Un").get("type"));
        assertTrue(aliases("Kim Jong Un").contains("Kim"));
        assertFalse(names().contains("Putin"));
        assertFalse(names().contains("Kim"));
    }

    @Test
    void foreignMinisterIsAPersonWithoutHerTitle() {
        assertEquals("PERSON", entity("Choe Son Hui").get("type"));
    }

    @Test
    void newsAgencyAndItsAcronymAreOneOrganization() {
        assertEquals("ORGANIZATION", entity("Korean Central News Agency").get("type"));
        assertTrue(aliases("Korean Central News Agency").contains("KCNA"));
        assertFalse(names().contains("KCNA"));
    }

    @Test
    void everyMentionOfPyongyangIsFoundAsALocation() {
        assertEquals("LOCATION", entity("Pyongyang").get("type"));
        assertEquals(4, entity("Pyongyang").get("count"));
    }

    @Test
    void nationalityAdjectiveIsNotAPlace() {
        assertFalse(names().contains("North Korean"), "North Korean is an adjective: " + names());
    }

    /**
     * Without entities.max a client gets every entity (so reading entities[].mentions gives every name found);
     * a smaller max keeps the most salient and says how many were left out.
     */
    @Test
    void defaultRequestReturnsEveryEntityAndACutListSaysSo() {
        // Why four fixtures in one text: the example article alone names 14 entities, fewer than the old default.
        String article = String.join("\n\n", Fixtures.article("nk-russia-treaty.txt"),
                Fixtures.article("wire-story-dateline.txt"), Fixtures.article("near-duplicate-lead.txt"),
                Fixtures.article("list-and-headings.txt"));
        JsonPath all = given().contentType(ContentType.JSON).body(Map.of("text", article)).when().post("/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
        List<String> names = all.getList("entities.name", String.class);
        assertTrue(names.size() > 15, "more than the old default of 15: " + names);
        assertFalse(all.getList("warnings", String.class).stream().anyMatch(w -> w.contains("entities.max")),
                all.getList("warnings").toString());
        JsonPath three = given().contentType(ContentType.JSON)
                .body(Map.of("text", article, "entities", Map.of("max", 3)))
                .when().post("/v1/summaries").then().statusCode(200).extract().jsonPath();
        assertEquals(names.subList(0, 3), three.getList("entities.name", String.class));
        assertEquals(List.of("The text names " + names.size() + " entities; the 3 most salient are returned "
                + "(entities.max)."), three.getList("warnings", String.class));
    }
}
