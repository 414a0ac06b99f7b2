package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The rules applied to the model's names in one unit of tokens before they become mentions: types the model gets
 * wrong that a word or a list settles, names it cuts or joins wrongly, and organisations it leaves alone. Each rule
 * is measured in models/README.md ("Around the model").
 */
final class NameRules {

    /** What follows "Born" opening a sentence about where or when ("Born in Basel", "Born on 8 August"). */
    private static final Set<String> BORN_FOLLOWERS = Set.of("in", "on", "at", "near");

    /** "I", "I'm", "I'll", "I've", "I'd" ("I'M" in capitals), with a straight or curly apostrophe. */
    private static final Pattern FIRST_PERSON = Pattern.compile("I(['\u2019](?i:m|ll|ve|d))?");
    /** Holidays, which the model now and then reads as a name ({@link #isHoliday}). */
    private static final Set<String> HOLIDAYS = Set.of("Christmas", "Xmas", "Easter", "Thanksgiving", "Halloween",
            "Hanukkah", "Diwali", "Ramadan", "Passover");
    private final NameLists lists;
    private final NameTypes types;
    private final PlaceAddresses addresses;

    NameRules(Gazetteer gazetteer) {
        this.lists = new NameLists(gazetteer);
        this.addresses = new PlaceAddresses(lists);
        this.types = new NameTypes(lists, addresses);
    }

    /**
     * The model's names in the unit with our types (type names of {@link EntityType}), in token order, after the
     * rules:
     * <ul>
     * <li>types ({@link NameTypes#retyped}): a listed place after "in" (or coordinated with one), an administrative
     * area ("Arequipa Region") or a country is a place; a name ending in an organisation word is an organisation
     * ({@link OrganisationDesignators}), and so is a club after a player's career words ({@link ClubContexts});
     * a titled name, given names with a regnal number or a given name with middle initials are a person
     * ({@link PersonTitles}); a name ending in a word of geography, or a "person" ending in "County", is a place
     * ({@link PlaceDesignators});</li>
     * <li>boundaries: a regnal number joins a person's name ("John Paul II", "Elizabeth I born"), a station's number
     * a broadcaster's ("Radio 4", {@link StationNames}); a company's legal form after a comma joins its name, and so
     * do the capitalised words before a legal form ("First Chicago NBD Corp."); a place and its country are two
     * places, and so are a company before a city or a sports club before a country ("Benetton
     * of Italy", {@link PlaceAddresses#boundaryBeforeOfPlace}); a name runs on to an organisation word after it
     * ("London" + "School of Economics") and back to one before it ("University of" + "Washington");</li>
     * <li>additions ({@link #withUnfound}): capitalised runs ending in an organisation word or a word of geography,
     * or right after "band" or "label", after "Mr." or "Dr." ({@link PersonTitles}), or after "born in" or "near"
     * ({@link PlaceContexts}), that the model left alone;</li>
     * <li>the subject of a defining sentence takes the type its description gives ({@link DefiningSentences});</li>
     * <li>a name runs across a saint's or a building's possessive ("St James' Park", {@link PossessiveNames});</li>
     * <li>no name: a title right after a kind of work ("the album …", {@link TitlesOfWorks}), a whole sports event
     * ("Boston Marathon", {@link EventNames}), "I" and its contractions;</li>
     * <li>last: names on either side of "&" are one ("Marks & Spencer", {@link Ampersands}), a newspaper takes its
     * "The" ({@link Newspapers}), "Province of" and a place are one place ({@link PlaceDesignators}), persons split
     * by a particle are one ("Paul di Resta", {@link NameParticles}), a name ending in "of" takes the name after it
     * ({@link OpenEndedNames}), a "person" in a team's place in a results line is the team ({@link ResultTeams}), and
     * a person after a person and "of" is a place ("Johann Perren of Zermatt", {@link PlaceContexts}).</li>
     * </ul>
     */
    List<Span> apply(String[] tokens, Span[] modelSpans) {
        return apply(tokens, modelSpans, false);
    }

    /**
     * As {@link #apply(String[], Span[])}; with {@code townsArePlaces} (a text that is no sports report,
     * {@link SportsReports}) a listed place that the model typed as an organisation is a place.
     */
    List<Span> apply(String[] tokens, Span[] modelSpans, boolean townsArePlaces) {
        return apply(tokens, modelSpans, townsArePlaces, false);
    }

    /**
     * As {@link #apply(String[], Span[], boolean)}; with {@code sportsReport} (a text with words of sport or scores,
     * {@link SportsReports#shows}) a club said to be of its place is written apart from it ("Benetton of Italy").
     */
    List<Span> apply(String[] tokens, Span[] modelSpans, boolean townsArePlaces, boolean sportsReport) {
        List<Span> spans = new ArrayList<>();
        int placesEnd = -1;
        int covered = 0;
        for (Span modelSpan : modelSpans) {
            Optional<EntityType> found = EntityType.fromModelType(modelSpan.getType());
            // Why: a legal form taken into the name before may cover the start of this span ("LLC" alone).
            if (found.isEmpty() || modelSpan.getEnd() <= covered || isBornOpening(tokens, modelSpan)) {
                continue;
            }
            Span span = new Span(Math.max(modelSpan.getStart(), covered), modelSpan.getEnd());
            // Why: "formed in Liverpool" and "clubs in Liverpool and Hamburg" are the cities, whatever CoNLL's football
            // reports taught the model ("a goal in Liverpool's win" stays the club); measured in models/README.md
            // ("Cities after 'in'"), meant for encyclopaedic text, where cities are mostly places.
            boolean placeContext = PlaceContexts.afterPlacePreposition(tokens, span.getStart())
                    || PlaceContexts.continuesPlaceList(tokens, placesEnd, span);
            EntityType type = PlaceContexts.isPlaceByGeographicContext(tokens, span) ? EntityType.LOCATION
                    : types.retyped(tokens, span, found.get(), placeContext, townsArePlaces);
            placesEnd = placeContext && type == EntityType.LOCATION ? span.getEnd() : -1;
            if (type == EntityType.PERSON && NameTypes.isRegnalNumberAt(tokens, span.getEnd())) {
                span = new Span(span.getStart(), span.getEnd() + 1);
            }
            if (type == EntityType.ORGANIZATION) {
                span = new Span(span.getStart(), StationNames.end(tokens, span));
            }
            if (type != EntityType.PERSON && span.getStart() > covered && PersonTitles.opensNamesake(tokens, span)) {
                span = new Span(span.getStart() - 1, span.getEnd());
            }
            if (CompanyNames.isCorporateSuffix(tokens, span.getEnd())) {
                span = new Span(span.getStart(), span.getEnd() + 2);
            }
            boolean company = span.length() >= 3 && CompanyNames.isCorporateSuffix(tokens, span.getEnd() - 2);
            if (company || type == EntityType.ORGANIZATION && CompanyNames.endsInLegalForm(tokens, span)) {
                span = new Span(CompanyNames.companyStart(tokens, span.getStart(), covered), span.getEnd());
            }
            int split = company || type == EntityType.PERSON ? -1 : addresses.boundaryBeforeCountry(tokens, span);
            int ofPlace = type == EntityType.ORGANIZATION ? addresses.boundaryBeforeOfPlace(tokens, span,
                    sportsReport) : -1;
            if (ofPlace > 0) {
                spans.add(new Span(span.getStart(), ofPlace, EntityType.ORGANIZATION.name()));
                spans.add(new Span(ofPlace + 1, span.getEnd(), EntityType.LOCATION.name()));
            } else if (company) {
                spans.add(new Span(span.getStart(), span.getEnd(), EntityType.ORGANIZATION.name()));
            } else if (split > 0) {
                spans.add(new Span(span.getStart(), split, EntityType.LOCATION.name()));
                spans.add(new Span(split, span.getEnd(), EntityType.LOCATION.name()));
            } else {
                spans.add(new Span(span.getStart(), span.getEnd(), type.name()));
            }
            covered = span.getEnd();
        }
        List<Span> names = RoadNames.mended(tokens, withUnfound(tokens,
                OrganisationDesignators.extended(tokens, spans, namedPlaceIn(tokens))));
        DefiningSentences.subject(tokens).ifPresent(subject -> define(names, subject));
        List<Span> joined = PossessiveNames.joined(tokens, names,
                word -> isPlaceWord(word) || lists.holds(lists.organisations, word));
        joined.removeIf(name -> isFirstPerson(tokens, name) || isHoliday(tokens, name)
                || TitlesOfWorks.after(tokens, name.getStart())
                || EventNames.isWholeEvent(tokens, name, this::isPlaceWord));
        joined = EventNames.withEventsCut(tokens, joined, namedPlaceIn(tokens));
        Predicate<String> personName = word -> lists.holds(lists.personNames, word);
        joined = PlaceDesignators.withAreasOfPlaces(tokens, Newspapers.withThe(tokens, Ampersands.joined(tokens,
                Initials.joinedAcrossUndotted(tokens, joined), words -> lists.holds(lists.namedPlaces, words))));
        return PlaceContexts.withPlacesAfterPersonOf(tokens, ResultTeams.typed(tokens, OpenEndedNames.mended(tokens,
                NameParticles.joined(tokens, joined, personName,
                        run -> lists.listed(tokens, run, lists.capitalsAndCountries)))), personName);
    }

    /** True for a run of the tokens that a place list (city, capital, country, state, WordNet place) holds. */
    private Predicate<Span> namedPlaceIn(String[] tokens) {
        return run -> lists.listed(tokens, run, lists.namedPlaces);
    }

    /**
     * The spans plus the names the model left alone: capitalised runs ending in an organisation word, then in a word
     * of geography, then right after "band" or "label", after an honorific, after "born in" or "near", and after
     * "described by", each where no earlier name lies; in token order.
     */
    private List<Span> withUnfound(String[] tokens, List<Span> spans) {
        List<Span> names = new ArrayList<>(spans);
        Predicate<Span> namedPlace = namedPlaceIn(tokens);
        Predicate<Span> organisation = run -> lists.listed(tokens, run, lists.organisations);
        names.addAll(OrganisationDesignators.unfound(tokens, names, namedPlace));
        names.addAll(PlaceDesignators.unfound(tokens, names, organisation));
        names.addAll(PlaceDesignators.unfoundOpenings(tokens, names, organisation));
        names.addAll(AppositionNames.find(tokens, names));
        names.addAll(PersonTitles.unfound(tokens, names, organisation));
        names.addAll(PlaceContexts.unfound(tokens, names, organisation));
        names.addAll(TaxonAuthors.unfound(tokens, names));
        names.addAll(PersonTitles.countriesBeforeOffices(tokens, names));
        names.sort(Comparator.comparingInt(Span::getStart));
        return names;
    }

    /**
     * Gives the subject of a defining sentence ({@link DefiningSentences}) its type: added if no name overlaps it,
     * put in place of the names inside it ("Kingston" "Hull" of "Kingston upon Hull", "Fiat Chrysler" of "Fiat
     * Chrysler Automobiles"), keeping a capitalised "The" the model put in. A name running past it is left alone.
     */
    private static void define(List<Span> spans, Span subject) {
        List<Span> overlapping = spans.stream().filter(span -> span.getStart() < subject.getEnd()
                && subject.getStart() < span.getEnd()).toList();
        if (overlapping.stream().anyMatch(span -> span.getEnd() > subject.getEnd())) {
            return;
        }
        int start = overlapping.stream().mapToInt(Span::getStart).reduce(subject.getStart(), Math::min);
        spans.removeAll(overlapping);
        spans.add(new Span(start, subject.getEnd(), subject.getType()));
        spans.sort(Comparator.comparingInt(Span::getStart));
    }

    /** True for "I" and its contractions ("I'm", "I 'll"), which the model now and then reads as a name. */
    private static boolean isFirstPerson(String[] tokens, Span name) {
        return FIRST_PERSON.matcher(String.join("", Arrays.copyOfRange(tokens, name.getStart(), name.getEnd())))
                .matches();
    }

    /**
     * True for a holiday alone ("a Christmas movie"): no person, place or organisation by CoNLL's and UNER's guidelines
     * (EWT's two "Christmas" are plain words), yet the self-trained model read "Christmas" as a person 13 times more
     * in the dev news articles. Within a longer name it stays ("Christmas Island").
     */
    private static boolean isHoliday(String[] tokens, Span name) {
        return name.length() == 1 && isHoliday(tokens[name.getStart()]);
    }

    /** True for a holiday's name ("Christmas"); {@link NameFinder} drops copies of a surname onto one too. */
    static boolean isHoliday(String word) {
        return HOLIDAYS.contains(word);
    }

    /** True for a word a place, region or nationality list holds. */
    private boolean isPlaceWord(String word) {
        return lists.holds(lists.places, word) || lists.holds(lists.regionsAndNationalities, word);
    }

    /**
     * True for "Born" opening a sentence before "in", "on" or "at" ("Born in Basel, he …"), which the model takes
     * for a place or a person (Max Born); biographies open sentences this way.
     */
    private static boolean isBornOpening(String[] tokens, Span span) {
        return span.getStart() == 0 && span.getEnd() == 1 && tokens[0].equals("Born") && tokens.length > 1
                && BORN_FOLLOWERS.contains(tokens[1]);
    }

    /** The lists the document-wide steps consult, as tests of words. */
    ListedWords listedWords() {
        return new ListedWords(word -> lists.holds(lists.personNames, word),
                words -> lists.holds(lists.organisations, words),
                words -> lists.holds(lists.regionsAndNationalities, words),
                words -> lists.holds(lists.namedPlaces, words));
    }
}
