package dev.summarizer.summarize;

import java.util.List;

/**
 * The news priors of {@link TextRankSummarizer}, and how strongly they apply to a given summary length.
 *
 * <ul>
 *   <li><b>Lead prior in the walk:</b> a share {@code positionBias} of the teleport vector proportional to
 *       {@code 1/(position+1)} (personalised PageRank as in PositionRank, Florescu and Caragea 2017).</li>
 *   <li><b>Directed edges:</b> an edge from a sentence to a <em>later</em> one keeps the factor
 *       {@code forwardWeight} of its weight (1 = undirected TextRank, 0 = a sentence only endorses earlier ones).
 *       This is the position-aware centrality of PacSum (Zheng and Lapata, ACL 2019) inside PageRank: in news,
 *       what comes later elaborates on what came first.</li>
 *   <li><b>Position in the score:</b> the walk's score is multiplied by {@code (position+1)^-positionWeight}.</li>
 *   <li><b>Compactness:</b> a sentence with more than {@code lengthTarget} content terms is multiplied by
 *       {@code exp(-lengthPenalty * (terms - target) / target)}; highlights are short, so a three-sentence
 *       summary spends its length better on compact sentences.</li>
 *   <li><b>Title:</b> a share {@code titleBias} of the teleport vector goes to sentences in proportion to the
 *       title terms they repeat ({@link TitlePrior}).</li>
 *   <li><b>Form:</b> the score of a question is multiplied by {@code questionFactor}, of a sentence that opens
 *       with a quotation mark by {@code quoteFactor}, and of a sentence with fewer than {@code shortWords} words
 *       by {@code shortFactor} ({@link SentenceForm}). A highlight states the news in the reporter's words:
 *       on the news dev sets a lead question ("But will he face death?"), a quotation or a short hook
 *       ("Guilty across the board.") shares far fewer words with the highlights than a statement at the same
 *       position (project's own prior; measured in {@code src/docs/summary-evaluation.md}).</li>
 * </ul>
 *
 * <p><b>Strength by coverage.</b> The position and length priors describe what a <em>short</em> summary of a
 * news story should be: its lead, compactly. An extract that keeps a large share of the article is a condensed
 * article instead, and should follow centrality. So the priors apply in full while the budget covers at most
 * {@code fullCoverage} of the document (in the budget's unit), fade linearly and are gone from
 * {@code noneCoverage} on, leaving plain TextRank. (Measured: on CNN/DailyMail a 3-sentence budget covers
 * 4-27% of an article and the priors add about 9 ROUGE-1 points; on BBC News extracts covering 40-65% the same
 * priors cost 12 points.) The form prior fades with them (a factor f applies as f^strength); the title prior
 * does not fade.
 */
public record SentencePriors(double positionBias, double forwardWeight, double positionWeight, int lengthTarget,
        double lengthPenalty, double titleBias, double fullCoverage, double noneCoverage, double questionFactor,
        double quoteFactor, int shortWords, double shortFactor) {

    /** The priors without a form prior. */
    public SentencePriors(double positionBias, double forwardWeight, double positionWeight, int lengthTarget,
            double lengthPenalty, double titleBias, double fullCoverage, double noneCoverage) {
        this(positionBias, forwardWeight, positionWeight, lengthTarget, lengthPenalty, titleBias, fullCoverage,
                noneCoverage, 1, 1, 0, 1);
    }

    public SentencePriors {
        if (positionBias < 0 || titleBias < 0 || positionBias + titleBias > 1) {
            throw new IllegalArgumentException("positionBias and titleBias must be >= 0 with a sum <= 1");
        }
        if (forwardWeight < 0 || forwardWeight > 1 || positionWeight < 0 || lengthPenalty < 0 || lengthTarget < 1) {
            throw new IllegalArgumentException("forwardWeight in [0, 1], positionWeight and lengthPenalty >= 0, "
                    + "lengthTarget >= 1");
        }
        if (fullCoverage < 0 || noneCoverage <= fullCoverage) {
            throw new IllegalArgumentException("need 0 <= fullCoverage < noneCoverage");
        }
        if (questionFactor <= 0 || questionFactor > 1 || quoteFactor <= 0 || quoteFactor > 1 || shortFactor <= 0
                || shortFactor > 1 || shortWords < 0) {
            throw new IllegalArgumentException("form factors must be in (0, 1] and shortWords >= 0");
        }
    }

    /** No priors at all: plain TextRank. */
    public static SentencePriors none() {
        return new SentencePriors(0, 1, 0, 1, 0, 0, 0, 1);
    }

    /** How much of the position and length priors applies (1 = all, 0 = none) when the budget covers this share. */
    double strength(double coverage) {
        if (coverage <= fullCoverage) {
            return 1;
        }
        return coverage >= noneCoverage ? 0 : (noneCoverage - coverage) / (noneCoverage - fullCoverage);
    }

    /** The factor for an edge to a later sentence at this strength. */
    double forward(double strength) {
        return 1 - strength * (1 - forwardWeight);
    }

    /** The teleport vector: the sum of its parts ({@link #teleportParts}). */
    static double[] teleport(double[][] parts) {
        double[] teleport = new double[parts[0].length];
        for (double[] part : parts) {
            for (int i = 0; i < teleport.length; i++) {
                teleport[i] += part[i];
            }
        }
        return teleport;
    }

    /**
     * The three weighted parts of the teleport vector, a mixture of the uniform distribution, the lead prior and
     * the title prior (all zero when the title is null). Kept apart so that a score can be explained part by part.
     */
    double[][] teleportParts(int n, double[] title, double strength) {
        double lead = positionBias * strength;
        double byTitle = title == null ? 0 : titleBias;
        double harmonic = 0;
        for (int i = 0; i < n; i++) {
            harmonic += 1.0 / (i + 1);
        }
        double[][] parts = new double[3][n];
        for (int i = 0; i < n; i++) {
            parts[0][i] = (1 - lead - byTitle) / n;
            parts[1][i] = lead / (i + 1) / harmonic;
            parts[2][i] = title == null ? 0 : byTitle * title[i];
        }
        return parts;
    }

    /** The factor {@link #apply} multiplies a sentence's walk score by for its position. */
    double positionFactor(int index, double strength) {
        return Math.pow(index + 1, -positionWeight * strength);
    }

    /** The factor {@link #apply} multiplies a sentence's walk score by for its number of content terms. */
    double lengthFactor(int terms, double strength) {
        return terms > lengthTarget ? Math.exp(-lengthPenalty * strength * (terms - lengthTarget) / lengthTarget) : 1;
    }

    /**
     * Multiplies the walk's scores by the position, compactness and form factors, then rescales them to sum to 1.
     * Forms may be null (no form prior).
     */
    void apply(double[] scores, List<List<String>> sentenceTerms, List<SentenceForm> forms, double strength) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double factor = positionFactor(i, strength) * lengthFactor(sentenceTerms.get(i).size(), strength);
            if (forms != null) {
                factor *= formFactor(forms.get(i), strength);
            }
            scores[i] *= factor;
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
    }

    /** The factor {@link #apply} multiplies a sentence's walk score by for its form, at this strength. */
    double formFactor(SentenceForm form, double strength) {
        return Math.pow(formFactor(form), strength);
    }

    /** The product of the form factors that apply to a sentence. */
    private double formFactor(SentenceForm form) {
        double factor = 1;
        if (form.question()) {
            factor *= questionFactor;
        }
        if (form.opensQuote()) {
            factor *= quoteFactor;
        }
        if (form.words() < shortWords) {
            factor *= shortFactor;
        }
        return factor;
    }
}
