package dev.summarizer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.summarizer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** OpenNLP's *ME classes are not thread-safe: parallel requests must answer exactly as serial ones. */
@QuarkusTest
class ConcurrencyTest {

    private static final List<Map<String, Object>> REQUESTS = List.of(
            Map.of("text", Fixtures.article("nk-russia-treaty.txt")),
            Map.of("text", Fixtures.article("nk-russia-treaty.txt"), "order", "rank",
                    "length", Map.of("sentences", 5)),
            Map.of("text", Fixtures.article("heading-and-wrapped-lines.txt")),
            Map.of("text", Fixtures.article("nk-russia-treaty.txt"), "include", List.of("explanations"),
                    "title", "North Korea ratifies defense treaty with Russia", "diversity", 0.3),
            Map.of("text", Fixtures.article("de-stadtrat.txt"), "include", List.of("explanations")),
            Map.of("text", "Angela Merkel met Emmanuel Macron in Berlin. Merkel said the European Union must act. "
                    + "Macron agreed, and the EU summit in Brussels followed."));

    /** The response without its timing, which legitimately differs. */
    private static String analyse(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request)
                .when().post("/v1/summaries")
                .then().statusCode(200)
                .extract().asString().replaceAll("\"processingMs\":\\d+", "");
    }

    @Test
    void parallelRequestsGiveTheSerialOutput() throws Exception {
        List<String> serial = REQUESTS.stream().map(ConcurrencyTest::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Map<String, Object> request = REQUESTS.get(i % REQUESTS.size());
                futures.add(pool.submit(() -> analyse(request)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(serial.get(i % REQUESTS.size()), futures.get(i).get(), "request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
