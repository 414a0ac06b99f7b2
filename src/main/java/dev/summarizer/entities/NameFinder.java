package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    /** Prepositions after which a listed place is the place itself, not a club or firm named after it. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside");
    /** What joins the places of a list: "in Leeds, York and Hull". */
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or");
    /**
     * What may follow a place inside or at the end of a list; anything else ("in Leeds and Liverpool beat them",
     * "in Manchester, Liverpool signed him") makes the name the subject of a new clause, not another place.
     */
    private static final Set<String> LIST_ITEM_ENDS = Set.of(",", ".", ";", ":", ")", "and", "or", "in", "on",
            "at", "from", "to", "for", "with", "during", "over", "until", "since", "before", "after");
    /** Legal forms of companies, written without dots, in capitals. */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("INC", "LLC", "LLP", "LTD", "PLC", "PC", "CORP",
            "CO", "SA", "AG", "GMBH", "NV", "BV", "LP");
    /** Lists whose names may start with a title ("General Motors", "Prince Edward Island", "Bishop Auckland"). */
    private static final List<String> NAME_LISTS = List.of("city", "capital", "country", "state", "wn_location",
            "company", "brand", "cp_org", "university", "wn_group", "org_word", "place_word");
    /** Lists of countries and states, and of the places in them (see {@link #placeBoundary}). */
    private static final List<String> COUNTRY_LISTS = List.of("country", "state");
    private static final List<String> LOCAL_PLACE_LISTS = List.of("city", "capital", "state");
    /** Gazetteer lists of places (see models/gazetteers). */
    private static final List<String> PLACE_LISTS = List.of("city", "capital", "country", "state");
    /**
     * Place lists that also hold places named like organisations ("West Bank", "Soviet Union"), which keep their
     * type whatever word ends them (see {@link OrganisationDesignators}).
     */
    private static final List<String> NAMED_PLACE_LISTS = List.of("city", "capital", "country", "state",
            "wn_location");

    private final TokenNameFinderModel model;
    private final NameContext context;
    private final boolean propagate;
    private final InstancePool<NameFinderME> finders;

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
        this.propagate = propagate;
        this.finders = new InstancePool<>(() -> new NameFinderME(model), NameFinderME::clearAdaptiveData,
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
        NameFinderME finder = finders.borrow();
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

    private List<Mention> find(NameFinderME finder, String text, List<Sentence> sentences, Deadline deadline) {
        List<Mention> mentions = new ArrayList<>();
        List<NameFinderInput.Unit> units = NameFinderInput.units(sentences);
        for (NameFinderInput.Unit unit : units) {
            deadline.check();
            String[] tokens = unit.tokens();
            for (Span span : typedSpans(finder, tokens)) {
                EntityType type = EntityType.valueOf(span.getType());
                int first = type == EntityType.ORGANIZATION ? withNationality(tokens, span.getStart())
                        : span.getStart();
                int start = unit.starts()[first];
                int end = unit.ends()[span.getEnd() - 1];
                Mention mention = MentionNormalizer.normalize(new Mention(text.substring(start, end), start, end,
                        unit.sentences()[span.getStart()], type));
                if (!isNationality(mention.text())) {
                    mentions.add(mention);
                }
            }
        }
        return propagate ? MentionPropagator.propagate(text, units, mentions) : mentions;
    }

    /**
     * The model's names in the unit with our types (type names of {@link EntityType}), in token order, after the
     * rules on the model's output: a listed place after "in" is a place, a name ending in an organisation word is
     * an organisation, and a capitalised run ending in one that the model left alone is added
     * ({@link OrganisationDesignators}).
     */
    private List<Span> typedSpans(NameFinderME finder, String[] tokens) {
        List<Span> spans = new ArrayList<>();
        int placesEnd = -1;
        for (Span span : finder.find(tokens, context.features(tokens))) {
            Optional<EntityType> found = EntityType.fromModelType(span.getType());
            if (found.isEmpty()) {
                continue;
            }
            EntityType type = found.get();
            boolean placeContext = afterPlacePreposition(tokens, span.getStart())
                    || coordinated(tokens, placesEnd, span) && endsListItem(tokens, span.getEnd());
            if (type == EntityType.ORGANIZATION && placeContext && !beforePossessive(tokens, span)
                    && isListedPlace(tokens, span, PLACE_LISTS)) {
                type = EntityType.LOCATION;
            } else if (type != EntityType.ORGANIZATION && OrganisationDesignators.endsInDesignator(tokens, span)
                    && !isListedPlace(tokens, span, NAMED_PLACE_LISTS)) {
                type = EntityType.ORGANIZATION;
            } else if (type != EntityType.PERSON && isTitledPerson(tokens, span)) {
                type = EntityType.PERSON;
            }
            placesEnd = placeContext && type == EntityType.LOCATION ? span.getEnd() : -1;
            int end = span.getEnd();
            if (isCorporateSuffix(tokens, end)) {
                end += 2;
            }
            if (end - span.getStart() >= 3 && isCorporateSuffix(tokens, end - 2)) {
                type = EntityType.ORGANIZATION;
            }
            if (!spans.isEmpty() && span.getStart() < spans.get(spans.size() - 1).getEnd()) {
                continue;
            }
            int split = type == EntityType.PERSON ? -1 : placeBoundary(tokens, span);
            if (split > 0) {
                spans.add(new Span(span.getStart(), split, EntityType.LOCATION.name()));
                spans.add(new Span(split, end, EntityType.LOCATION.name()));
            } else {
                spans.add(new Span(span.getStart(), end, type.name()));
            }
        }
        List<Span> unfound = OrganisationDesignators.unfound(tokens, spans,
                run -> isListedPlace(tokens, run, NAMED_PLACE_LISTS));
        if (!unfound.isEmpty()) {
            spans.addAll(unfound);
            spans.sort(Comparator.comparingInt(Span::getStart));
        }
        return spans;
    }

    /**
     * True if a comma and a company's legal form stand at {@code at} ("Holland & Hart , LLP", "Acme , Inc."). A
     * name before them is a company, and the form belongs to its name in both CoNLL's and UNER's annotation; the
     * model, seeing the comma, often splits it off ("LLC" alone) or types the whole as a person.
     */
    private static boolean isCorporateSuffix(String[] tokens, int at) {
        return at + 1 < tokens.length && tokens[at].equals(",")
                && CORPORATE_SUFFIXES.contains(tokens[at + 1].replace(".", "").toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Where a name that no list holds splits into a listed city or state and a listed country or state after it
     * ("Invercargill" "New Zealand", "Lyon" "France": a place and its country written without a comma, which the
     * model reads as one place or as an organisation), or -1. A country first is left whole ("United States Virgin
     * Islands").
     */
    private int placeBoundary(String[] tokens, Span span) {
        if (span.length() < 2 || isListedPlace(tokens, span, NAMED_PLACE_LISTS)) {
            return -1;
        }
        for (int k = span.getStart() + 1; k < span.getEnd(); k++) {
            Span place = new Span(span.getStart(), k);
            if (isListedPlace(tokens, place, LOCAL_PLACE_LISTS) && !isListedPlace(tokens, place, COUNTRY_LISTS)
                    && isListedPlace(tokens, new Span(k, span.getEnd()), COUNTRY_LISTS)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True if one of the lists holds the span's words. With {@link #afterPlacePreposition} or {@link #coordinated},
     * and no possessive after it, the model's organisation becomes a location: "formed in Liverpool" and "clubs in
     * Liverpool and Hamburg" are the cities, whatever CoNLL's football reports taught the model ("a goal in
     * Liverpool's win" stays the club). Small on dev (models/README.md, "Cities after 'in'"), meant for
     * encyclopaedic text, where cities are mostly places.
     */
    private boolean isListedPlace(String[] tokens, Span span, List<String> lists) {
        String words = String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
        return lists.stream().anyMatch(list -> context.gazetteer().holds(list, words));
    }

    /**
     * True if a person's title opens the name or stands just before it ({@link PersonTitles}), and neither the
     * name nor its last word is in a list of places or organisations ("General Motors", "Prince Edward Island").
     * Why: the model types "Queen Victoria" as an organisation ("Victoria" is a place and a brand); the title says
     * it is a person (models/README.md, "Names opening with a person's title").
     */
    private boolean isTitledPerson(String[] tokens, Span span) {
        if (!PersonTitles.titled(tokens, span)) {
            return false;
        }
        String last = tokens[span.getEnd() - 1];
        return !isListedPlace(tokens, span, NAME_LISTS) && !context.gazetteer().holds("org_word", last)
                && !context.gazetteer().holds("place_word", last);
    }

    private static boolean beforePossessive(String[] tokens, Span span) {
        return span.getEnd() < tokens.length
                && (tokens[span.getEnd()].equals("'s") || tokens[span.getEnd()].equals("\u2019s"));
    }

    private static boolean endsListItem(String[] tokens, int end) {
        return end == tokens.length || LIST_ITEM_ENDS.contains(tokens[end]);
    }

    private static boolean afterPlacePreposition(String[] tokens, int start) {
        return start > 0 && PLACE_PREPOSITIONS.contains(tokens[start - 1]);
    }

    /** True if only "," "and" "or" stand between a place list ending at {@code placesEnd} and the span. */
    private static boolean coordinated(String[] tokens, int placesEnd, Span span) {
        int start = span.getStart();
        if (placesEnd < 0 || start <= placesEnd || start - placesEnd > 2) {
            return false;
        }
        for (int t = placesEnd; t < start; t++) {
            if (!COORDINATORS.contains(tokens[t])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first token of an organisation's name, taken back over a capitalised nationality word just before it
     * ("Korean" of "Korean Central News Agency", "South Korean" of "South Korean Air Force"). Why: the model is
     * not trained on CoNLL's MISC class (see models/README.md), so it learnt nationality words as plain words and
     * now and then leaves them out of the organisation they begin.
     */
    private int withNationality(String[] tokens, int start) {
        for (int length = 2; length >= 1; length--) {
            if (start - length < 0 || !Character.isUpperCase(tokens[start - length].charAt(0))) {
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
