package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Strange, huge and malformed input: never a 5xx, offsets always exact, a summary whenever there are words. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    java.net.URL root;

    /** Posts the text as JSON, expects 200, and checks every offset against the text. */
    static JsonPath analyseConsistently(String text) {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", text, "entities", Map.of("max", 50)))
                .when().post("/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> sentence : json.<Map<String, Object>>getList("summary.sentences")) {
            int offset = (Integer) sentence.get("offset");
            assertEquals(text.substring(offset, offset + (Integer) sentence.get("length")), sentence.get("text"));
        }
        for (Map<String, Object> mention : json.<Map<String, Object>>getList("entities.mentions.flatten()")) {
            int offset = (Integer) mention.get("offset");
            assertEquals(text.substring(offset, offset + (Integer) mention.get("length")), mention.get("text"));
        }
        assertEquals(text.length(), json.getInt("stats.characters"));
        assertFalse(json.getList("summary.sentences").isEmpty(), "a summary whenever the text has words");
        return json;
    }

    @Test
    void oneWord() {
        assertEquals("Hello", analyseConsistently("Hello").getString("summary.text"));
    }

    @Test
    void noPunctuationAtAll() {
        analyseConsistently("the river rises in the hills and runs to the sea ".repeat(400));
    }

    @Test
    void fiftyThousandCharacterSentence() {
        String sentence = "word".repeat(1) + " and more words without any stop".repeat(1600);
        assertTrue(sentence.length() >= 50_000);
        analyseConsistently(sentence);
    }

    @Test
    void theSameSentenceFiveThousandTimes() {
        JsonPath json = analyseConsistently("The board met on Tuesday. ".repeat(5000));
        assertEquals(List.of(0), json.getList("summary.sentences.index"), "the earliest, once: the rest repeat it");
        assertTrue(json.getList("warnings", String.class).contains(
                "The summary has 1 sentence, not 3: the other sentences repeat what it already says."),
                json.getList("warnings").toString());
    }

    @Test
    void controlCharactersAndNul() {
        analyseConsistently("Hello\u0000 world\u0007. Next\u001b sentence\u0001 here.\u0000");
    }

    @Test
    void loneSurrogatesInJson() {
        String body = "{\"text\": \"Broken \\ud800 pair and \\udfff here. Then a normal sentence.\"}";
        JsonPath json = given().contentType(ContentType.JSON).body(body).when().post("/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(json.getList("summary.sentences").isEmpty());
    }

    @Test
    void invalidUtf8InPlainText() {
        byte[] body = {'B', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b', 'y', 't', 'e', 's', '.'};
        given().contentType("text/plain; charset=UTF-8").body(body).when().post("/v1/summaries")
                .then().statusCode(200);
    }

    @Test
    void emojiAndCombiningMarks() {
        analyseConsistently("Cafe\u0301 owners \ud83d\udc4d\ud83c\udffd cheered. The ma\u0308rchen festival "
                + "\ud83c\udf89 opened in Zu\u0308rich on Friday.");
    }

    @Test
    void rightToLeftText() {
        JsonPath json = analyseConsistently("\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645 "
                + "\u0647\u0630\u0627 \u0646\u0635 \u0639\u0631\u0628\u064a \u0637\u0648\u064a\u0644 \u0628\u0645\u0627 "
                + "\u064a\u0643\u0641\u064a \u0644\u0644\u0643\u0634\u0641 \u0639\u0646 \u0627\u0644\u0644\u063a\u0629. "
                + "\u0648\u0647\u0630\u0647 \u062c\u0645\u0644\u0629 \u062b\u0627\u0646\u064a\u0629.");
        assertEquals("ar", json.getString("language.code"));
        assertFalse(json.getList("warnings").isEmpty());
    }

    @Test
    void cjkText() {
        analyseConsistently("\u5317\u4eac\u662f\u4e2d\u56fd\u7684\u9996\u90fd\u3002\u4e0a\u6d77\u662f\u6700\u5927"
                + "\u7684\u57ce\u5e02\u3002\u5e7f\u5dde\u5728\u5357\u65b9\u3002");
    }

    @Test
    void htmlMarkupIsTreatedAsText() {
        analyseConsistently("<html><head><script>var x = 1;</script></head><body><p>The council met.</p>"
                + "<p>It approved the plan.</p></body></html>");
    }

    @Test
    void textExactlyAtTheLimitIsAccepted() {
        String text = "Markets rose sharply in early trading on Monday. ".repeat(4082).substring(0, 200_000);
        assertEquals(200_000, text.length());
        analyseConsistently(text);
    }

    @Test
    void bodyJustOverTheBodyLimitIs413() {
        byte[] body = new byte[2_097_153];
        java.util.Arrays.fill(body, (byte) 'a');
        given().contentType(ContentType.TEXT).body(body).when().post("/v1/summaries").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void nullAndMissingFieldsAre422NotCrashes() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Fine text.\", \"length\": null, \"order\": null, "
                + "\"entities\": null, \"title\": null}").when().post("/v1/summaries").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"text\": \"Fine.\", \"entities\": {\"types\": [null]}}")
                .when().post("/v1/summaries").then().statusCode(422);
        given().contentType(ContentType.JSON).body("[\"text\"]").when().post("/v1/summaries").then().statusCode(400);
        given().contentType(ContentType.JSON).body("\"just a string\"").when().post("/v1/summaries").then()
                .statusCode(400);
    }

    @Test
    void contentLengthLongerThanTheBodyDoesNotHangOrFail() throws Exception {
        String status = rawRequest("POST /v1/summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 1000\r\n\r\nOnly a few bytes.", true);
        assertFalse(status.startsWith("HTTP/1.1 5"), status);
    }

    @Test
    void contentLengthShorterThanTheBodyAnswersTheDeclaredPart() throws Exception {
        String status = rawRequest("POST /v1/summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 5\r\nConnection: close\r\n\r\nHello, and then much more text.", false);
        assertTrue(status.startsWith("HTTP/1.1 200") || status.startsWith("HTTP/1.1 4"), status);
    }

    /** Sends raw bytes, optionally half-closes, and returns the status line ("" if the server just closed). */
    private String rawRequest(String request, boolean halfClose) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                response.write(b);
            }
            return response.toString(StandardCharsets.UTF_8).trim();
        }
    }
}
