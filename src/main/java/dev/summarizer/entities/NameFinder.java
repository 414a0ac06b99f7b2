package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.summarizer.analysis.Deadline;
import dev.summarizer.analysis.Sentence;
import dev.summarizer.nlp.InstancePool;
import dev.summarizer.nlp.NlpModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds PERSON, LOCATION and ORGANIZATION names with the OpenNLP name finder, sentence by sentence, with the
 * model's gazetteer and word-cluster features (see {@link NameContext}).
 *
 * <p>Within a document the finder remembers each sentence's names as the rules settled them, not as the model first
 * read them (see {@link RememberingNameFinder}).
 *
 * <p>Thread-safe: a call borrows a {@code NameFinderME} (which is not thread-safe) from a pool and gives it back
 * with its adaptive data cleared, so what the finder learnt from one document never leaks into the next. Why a
 * pool rather than a new finder per call: building one parses the model's feature-generator XML, which costs
 * more than finding the names of a short article (see {@link InstancePool}).
 */
@ApplicationScoped
public class NameFinder {

    /** The gazetteer list of nationality words (derived from WordNet, see models/gazetteers/derive.js). */
    static final String NATIONALITY_LIST = "wn_nationality";
    /** Idle finders kept; more than the worker threads that analyse at once would only hold memory. */
    private static final int MAX_IDLE_FINDERS = 64;
    private static final Pattern DEMONYM_ENDING = Pattern.compile("(an|ese|ish|i|ic|ch|ot)$");
    private final TokenNameFinderModel model;
    private final NameContext context;
    private final NameRules rules;
    private final ListedWords listedWords;
    /** A listed given name or place: a genus word so listed is no name only in its binomial. */
    private final Predicate<String> givenNameOrPlace;
    /** A listed given name, place or organisation: no infobox label. */
    private final Predicate<String> listedName;
    private final boolean propagate;
    private final InstancePool<RememberingNameFinder> finders;

    @Inject
    public NameFinder(NlpModels models) {
        this(models.names());
    }

    /** A finder over the given model, for tools that run outside the service. */
    public NameFinder(TokenNameFinderModel model) {
        this(model, true);
    }

    /**
     * A finder over the given model; {@code propagate} turns on copying found names to their other occurrences
     * (see {@link MentionPropagator}), which the service always does and evaluations may compare.
     */
    public NameFinder(TokenNameFinderModel model, boolean propagate) {
        this.model = model;
        this.context = NameContext.of(model);
        this.rules = new NameRules(context.gazetteer());
        this.listedWords = rules.listedWords();
        this.givenNameOrPlace = listedWords.givenName().or(listedWords.namedPlace());
        this.listedName = givenNameOrPlace.or(listedWords.organisation());
        this.propagate = propagate;
        this.finders = new InstancePool<>(() -> new RememberingNameFinder(model), NameFinderME::clearAdaptiveData,
                MAX_IDLE_FINDERS);
    }

    /**
     * Every name mention in the sentences, in document order, with character offsets into the text; titles,
     * a leading "the" and possessives are trimmed off (see {@link MentionNormalizer}).
     */
    public List<Mention> find(String text, List<Sentence> sentences) {
        return find(text, sentences, Deadline.NONE);
    }

    /**
     * As {@link #find(String, List)}, checking the deadline sentence by sentence.
     *
     * @throws Deadline.DeadlineExceededException Thrown if the deadline passes.
     */
    public List<Mention> find(String text, List<Sentence> sentences, Deadline deadline) {
        RememberingNameFinder finder = finders.borrow();
        try {
            return find(finder, text, sentences, deadline);
        } finally {
            finders.release(finder);
        }
    }

    /**
     * True for a nationality word ("North Korean", "Russian", "French") that the model took for a name. Why: in
     * both CoNLL and UNER conventions these are not persons, places or organisations, yet a model trained with
     * places nearby tags "North Korean troops" as a LOCATION now and then, and propagation would then copy it. A
     * word counts when the nationality list holds it, no place, person or organisation list does (so the tribe
     * list's "Miami" stays a city), and it ends like a demonym.
     */
    private boolean isNationality(String text) {
        return DEMONYM_ENDING.matcher(text).find() && context.gazetteer().onlyIn(NATIONALITY_LIST, text);
    }

    private List<Mention> find(RememberingNameFinder finder, String text, List<Sentence> sentences, Deadline deadline) {
        List<Mention> mentions = new ArrayList<>();
        List<NameFinderInput.Unit> units = NameFinderInput.units(text, sentences);
        boolean sportsReport = SportsReports.shows(units);
        boolean townsArePlaces = !sportsReport && SportsReports.isLongEnoughToTell(units);
        for (NameFinderInput.Unit unit : units) {
            deadline.check();
            String[] tokens = unit.tokens();
            List<Span> names = rules.apply(tokens, finder.find(tokens, context.features(tokens)), townsArePlaces,
                    sportsReport);
            finder.remember(tokens, names);
            for (Span span : names) {
                EntityType type = EntityType.valueOf(span.getType());
                int first = type == EntityType.ORGANIZATION ? withNationality(tokens, span.getStart())
                        : span.getStart();
                int start = unit.starts()[first];
                int end = unit.ends()[span.getEnd() - 1];
                for (int[] line : lines(text, start, end)) {
                    Mention mention = MentionNormalizer.normalize(new Mention(text.substring(line[0], line[1]),
                            line[0], line[1], unit.sentences()[span.getStart()], type));
                    // Why the title check: "the Pope" names nobody by the annotation guidelines, and trimming
                    // "Prophet" off "Prophet Mohammed" must not leave a "Prophet" found elsewhere free to be copied.
                    if (!isNationality(mention.text()) && !PersonTitles.namesNobodyAs(text, mention)) {
                        mentions.add(mention);
                    }
                }
            }
        }
        List<Mention> all = propagate ? MentionPropagator.propagate(text, units, mentions, listedWords)
                : mentions;
        // Why after copying: a name found elsewhere would otherwise be copied into the event name or title again.
        DefinedWorks definedWorks = DefinedWorks.in(text, units, all, listedWords);
        PrefixedNames prefixed = PrefixedNames.in(text, all, listedWords.givenName(), sportsReport);
        List<Span> caseTitles = CaseNames.in(text);
        TaxonNames taxa = TaxonNames.in(text, all, context.clusters()::knows, givenNameOrPlace);
        all.removeIf(mention -> definedWorks.covers(text, mention) || EventNames.follows(text, mention.end())
                || EventNames.opensLeague(text, mention) || EventNames.opensShow(text, mention)
                || TitlesOfWorks.precedes(text, mention.start())
                || TitlesOfWorks.opensAppositiveTitle(text, mention.start())
                || TitlesOfWorks.isDatedRelease(text, mention) || prefixed.covers(text, mention)
                || ChartNames.isChart(text, mention) || ProductNames.isProduct(text, mention)
                || AirportCodes.isCodeOrAuthority(text, mention) || taxa.covers(text, mention)
                || mention.overlapsAny(caseTitles));
        AwardNames.remove(text, all);
        // Why again after copying: a surname found elsewhere ("Tariq Ramadan") is copied onto the holiday ("Ramadan").
        all.removeIf(mention -> NameRules.isHoliday(mention.text()) || Headings.isCommonWordHeading(text, mention)
                || Headings.isHeadingOrLabelWord(text, mention, context.clusters()::knows, listedName));
        List<Mention> acronymsTyped = CapitalisedAcronyms.retype(text,
                CallSigns.typed(text, units, AlternateNames.apply(text, all)), listedWords.givenName());
        return new ArrayList<>(GroupMembers.retype(text, acronymsTyped, listedWords.namedPlace()));
    }

    /**
     * The stretch from {@code start} to {@code end} cut at line breaks into its non-blank lines, each as {start, end}.
     * Why: a list of short lines without punctuation reaches the model as one sentence, and no name runs across a
     * line ("the Lantern Guild" / "the Amber Council" came back as one organisation in a probe).
     */
    private static List<int[]> lines(String text, int start, int end) {
        List<int[]> lines = new ArrayList<>(1);
        int from = start;
        for (int at = start; at <= end; at++) {
            if (at == end || text.charAt(at) == '\n') {
                int lineStart = from;
                int lineEnd = at;
                while (lineStart < lineEnd && Character.isWhitespace(text.charAt(lineStart))) {
                    lineStart++;
                }
                while (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                    lineEnd--;
                }
                if (lineEnd > lineStart) {
                    lines.add(new int[] {lineStart, lineEnd});
                }
                from = at + 1;
            }
        }
        return lines;
    }

    /**
     * The first token of an organisation's name, taken back over a capitalised nationality word just before it
     * ("Korean" of "Korean Central News Agency", "South Korean" of "South Korean Air Force"). Why: the model is
     * not trained on CoNLL's MISC class (see models/README.md), so it learnt nationality words as plain words and
     * now and then leaves them out of the organisation they begin.
     */
    private int withNationality(String[] tokens, int start) {
        for (int length = 2; length >= 1; length--) {
            if (start - length < 0 || !TokenShape.isCapitalised(tokens[start - length])) {
                continue;
            }
            String words = String.join(" ", Arrays.copyOfRange(tokens, start - length, start));
            if (isNationality(words)) {
                return start - length;
            }
        }
        return start;
    }
}
