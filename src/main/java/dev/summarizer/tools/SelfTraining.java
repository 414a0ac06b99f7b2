package dev.summarizer.tools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.summarizer.analysis.SentenceSplitter;
import dev.summarizer.entities.Mention;
import dev.summarizer.entities.NameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Training sentences tagged by the service's own name finding (self-training): Wikipedia sentences of WikiANN train,
 * whose silver labels are not used, are rebuilt as text, tagged by a teacher model with every rule around it, and the
 * sentences the tagging fully explains are added to the gold data of a second training. Why: it carries the
 * encyclopaedic contexts and the rules' corrections into the model; on dev it gave +1.8 and +2.0 on the WikiANN
 * full-sentence sets and +1.0 on UNER-EWT test for -0.1 on CoNLL valid (models/README.md, "Self-training on Wikipedia
 * sentences").
 */
final class SelfTraining {

    /**
     * Full sentences only: 8 or more tokens ending in a full stop. Shorter units and those without a full stop are
     * mostly titles, list items and table cells; with them (6+ tokens, 5,218 sentences against 1,897) CoNLL valid
     * lost 0.5 and UNER-EWT test 1.9 more (models/README.md).
     */
    static final int MIN_TOKENS = 8;
    /** Double quotation marks as the corpora write them; single and curly quotes are not checked. */
    private static final Set<String> QUOTES = Set.of("\"", "``", "''");
    /**
     * Capitalised words that open clauses and need no name: a sentence with any other capitalised word outside the
     * found names (after its first word) is left out, as the teacher most likely missed a name there.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "On", "At", "Of", "For", "And",
            "But", "Or", "To", "From", "By", "With", "As", "It", "He", "She", "They", "We", "His", "Her", "Its",
            "Their", "This", "That", "These", "Those", "After", "Before", "During", "When", "While", "Since",
            "Although", "However", "Also", "Then", "There", "Here");

    private final SentenceSplitter splitter;

    /**
     * Builds the service's sentence splitter now: it loads the service's models, so a missing one stops the
     * training before its first round rather than after it.
     */
    SelfTraining() {
        StandalonePipeline pipeline = StandalonePipeline.create();
        this.splitter = new SentenceSplitter(pipeline.models(), pipeline.config());
    }

    /**
     * The full sentences of {@code files} ({@link #isFullSentence}; any {@link NerCorpus} format, its tags ignored),
     * tagged by {@code teacher} through the service's sentence splitter and name finder, each its own document; only
     * those whose capitalised words after the first are all inside a name or {@link #FUNCTION_WORDS}.
     */
    List<List<NerCorpus.TaggedSentence>> tagged(List<Path> files, TokenNameFinderModel teacher) throws IOException {
        NameFinder finder = new NameFinder(reloaded(teacher), true);
        List<List<NerCorpus.TaggedSentence>> tagged = new ArrayList<>();
        List<List<NerCorpus.TaggedSentence>> documents = new ArrayList<>();
        for (Path file : files) {
            documents.addAll(NerCorpus.readDocuments(file));
        }
        for (List<NerCorpus.TaggedSentence> document : documents) {
            for (NerCorpus.TaggedSentence sentence : document) {
                if (!isFullSentence(sentence.tokens())) {
                    continue;
                }
                GoldText text = GoldText.of(List.of(sentence), GoldText.Join.WRITTEN);
                List<Mention> mentions = EvaluateNameFinder.entityTyped(
                        finder.find(text.text, splitter.split(text.text)));
                String[] tags = text.tags(0, mentions);
                if (isExplained(sentence.tokens(), tags)) {
                    tagged.add(List.of(new NerCorpus.TaggedSentence(sentence.tokens(), tags)));
                }
            }
        }
        return tagged;
    }

    /** {@link #MIN_TOKENS} or more tokens, ending in a full stop, without {@link #QUOTES}. */
    static boolean isFullSentence(String[] tokens) {
        return tokens.length >= MIN_TOKENS && tokens[tokens.length - 1].equals(".")
                && Arrays.stream(tokens).noneMatch(QUOTES::contains);
    }

    /** True if every capitalised word after the first is inside a name or one of {@link #FUNCTION_WORDS}. */
    static boolean isExplained(String[] tokens, String[] tags) {
        for (int t = 1; t < tokens.length; t++) {
            if (!tokens[t].isEmpty() && Character.isUpperCase(tokens[t].charAt(0)) && tags[t].equals("O")
                    && !FUNCTION_WORDS.contains(tokens[t])) {
                return false;
            }
        }
        return true;
    }

    /** The model as the service loads it: written and read back, so the tagging sees what a file would give. */
    private static TokenNameFinderModel reloaded(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        return new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
