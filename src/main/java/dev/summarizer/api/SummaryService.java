package dev.summarizer.api;

import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Analyzer;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.api.dto.SummaryResponse;
import dev.summarizer.html.HtmlExtractor;
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
        if (request != null && request.isHtml()) {
            return summarizeHtml(request, started);
        }
        return analyze(requests.fromJson(request), started, null);
    }

    /** Summarises an HTML page sent as the body, with query-parameter options. */
    public SummaryResponse summarizeHtml(String html, MultivaluedMap<String, String> query) {
        long started = System.nanoTime();
        SummaryRequest request = requests.validatedFromQuery(html, query);
        return summarizeHtml(request, started);
    }

    private SummaryResponse summarizeHtml(SummaryRequest request, long started) {
        HtmlExtractor.Extracted page = HtmlExtractor.extract(request.text());
        if (page.text().isBlank()) {
            throw ProblemException.unprocessable("text", "the HTML page holds no text once markup and "
                    + "boilerplate are removed");
        }
        SummaryRequest extracted = request.withText(page.text(), request.title() != null ? request.title()
                : page.title());
        return analyze(requests.fromJson(extracted), started,
                new SummaryResponse.Source("text/html", page.text(), page.title()));
    }

    /** Summarises a plain-text body with its query-parameter options, validating them. */
    public SummaryResponse summarizePlainText(String text, MultivaluedMap<String, String> query) {
        long started = System.nanoTime();
        return analyze(requests.fromJson(requests.validatedFromQuery(text, query)), started, null);
    }

    private SummaryResponse analyze(AnalysisRequest request, long started, SummaryResponse.Source source) {
        String inputHash = fingerprints.inputHash(request.text());
        SummaryResponse.Meta meta = new SummaryResponse.Meta(inputHash, fingerprints.entityTag(inputHash, request),
                "utf-16");
        return ResponseMapper.toResponse(request.text(), analyzer.analyze(request, requests.deadline()), started,
                source, meta);
    }
}
