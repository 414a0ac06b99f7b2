package dev.summarizer.api;

import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Analyzer;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.api.dto.SummaryResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;

/** One request in, one response out: limits, defaults, analysis under the deadline, mapping. Thread-safe. */
@ApplicationScoped
public class SummaryService {

    private final RequestMapper requests;
    private final Analyzer analyzer;
    private final Fingerprints fingerprints;

    public SummaryService(RequestMapper requests, Analyzer analyzer, Fingerprints fingerprints) {
        this.requests = requests;
        this.analyzer = analyzer;
        this.fingerprints = fingerprints;
    }

    /**
     * Summarises a request whose bean constraints hold.
     *
     * @throws ProblemException Thrown if the body is missing or the text over the limit.
     */
    public SummaryResponse summarize(SummaryRequest request) {
        long started = System.nanoTime();
        return analyze(requests.fromJson(request), started);
    }

    /** Summarises a plain-text body with its query-parameter options, validating them. */
    public SummaryResponse summarizePlainText(String text, MultivaluedMap<String, String> query) {
        long started = System.nanoTime();
        return analyze(requests.fromPlainText(text, query), started);
    }

    private SummaryResponse analyze(AnalysisRequest request, long started) {
        String inputHash = fingerprints.inputHash(request.text());
        SummaryResponse.Meta meta = new SummaryResponse.Meta(inputHash, fingerprints.entityTag(inputHash, request),
                "utf-16");
        return ResponseMapper.toResponse(request.text(), analyzer.analyze(request, requests.deadline()), started,
                meta);
    }
}
