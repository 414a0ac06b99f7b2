package dev.summarizer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Soak test against a running service: many connections for a fixed time, a mix of valid and invalid requests.
 * Every valid request must answer 200 with exactly the output it gave when sent alone (timing aside), every
 * invalid one its 4xx; anything else is counted as a failure and makes the exit code 1.
 * Arguments: base URL, seconds, connections. Run through {@code src/bench/soak.sh}.
 */
public final class SoakDriver {

    /** One kind of request and what it must get back. */
    private record Case(String name, String contentType, String body, int status) {
    }

    private SoakDriver() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/v1/summaries");
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        String news = fixture("nk-russia-treaty.txt");
        String small = fixture("heading-and-wrapped-lines.txt");
        List<Case> cases = List.of(
                new Case("valid-plain", "text/plain", news, 200),
                new Case("valid-json-rank", "application/json", json(news, ",\"order\":\"rank\",\"length\":{\"words\":90}"), 200),
                new Case("valid-small", "application/json", json(small, ""), 200),
                new Case("blank", "application/json", "{\"text\":\"  \"}", 422),
                new Case("malformed", "application/json", "{\"text\": \"oops", 400),
                new Case("two-units", "application/json", json(small, ",\"length\":{\"sentences\":2,\"words\":5}"), 422),
                new Case("too-large", "text/plain", "x".repeat(200_001), 413),
                new Case("wrong-type", "application/xml", "<text/>", 415));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> expected = new ConcurrentHashMap<>();
        for (Case c : cases) {
            if (c.status() == 200) {
                expected.put(c.name(), normalise(send(client, uri, c).body()));
            }
        }
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        AtomicLong sample = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                for (long i = offset; System.nanoTime() < end; i++) {
                    Case c = cases.get((int) (i % cases.size()));
                    String outcome;
                    try {
                        HttpResponse<String> response = send(client, uri, c);
                        boolean ok = response.statusCode() == c.status() && (c.status() != 200
                                || expected.get(c.name()).equals(normalise(response.body())));
                        boolean problem = c.status() == 200 || response.headers().firstValue("content-type")
                                .orElse("").startsWith("application/problem+json");
                        outcome = ok && problem ? null : c.name() + " -> " + response.statusCode();
                    } catch (IOException | InterruptedException e) {
                        outcome = c.name() + " -> " + e.getClass().getSimpleName();
                    }
                    counts.computeIfAbsent(c.name(), k -> new LongAdder()).increment();
                    if (outcome != null) {
                        failures.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    }
                    sample.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long total = sample.get();
        System.out.printf(Locale.ROOT, "soak: %d requests in %d s over %d connections (%.0f req/s)%n", total,
                seconds, connections, total / (double) seconds);
        new TreeMap<>(counts).forEach((k, v) -> System.out.printf("  %-16s %d%n", k, v.sum()));
        long failed = failures.values().stream().mapToLong(LongAdder::sum).sum();
        new TreeMap<>(failures).forEach((k, v) -> System.out.printf("  FAILED %s: %d%n", k, v.sum()));
        System.out.printf("%d passed, %d failed%n", total - failed, failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, Case c)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", c.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String normalise(String body) {
        return body.replaceAll("\"processingMs\":\\d+", "");
    }

    private static String json(String text, String options) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"text\":\"" + escaped + "\"" + options + "}";
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SoakDriver.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
