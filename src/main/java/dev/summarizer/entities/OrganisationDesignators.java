package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * Names that end in a word only organisations end in ("Verve Records", "Wells College", "Falkland Islands
 * Company"). Why: the model, trained on 1996 news and web text, often types such a name of an encyclopaedic
 * article as a person or a place ("Wells" is a surname, "Falkland Islands" a place) or misses it altogether;
 * the designator word settles it. Measured in models/README.md ("Names ending in an organisation word").
 *
 * <p>The list is deliberately short: words that end places or events as often as organisations are left out
 * ("Federation" of "Russian Federation" and "Bosnian-Croat Federation", "League" of CoNLL's "American League",
 * an event there), and so are facilities that CoNLL calls places ("Hospital", "Stadium"). Names that the place
 * lists hold ("West Bank", "Soviet Union") are the caller's to keep out.
 */
final class OrganisationDesignators {

    private static final Set<String> ENDINGS = Set.of("Academy", "Agency", "Airlines", "Airways", "Alliance", "Army",
            "Association", "Authority", "Bank", "Bureau", "Club", "College", "Commission", "Committee", "Company",
            "Corp", "Corporation", "Corps", "Council", "Department", "Exchange", "Foundation", "Fund", "Group",
            "Guard", "Inc", "Institute", "Journal", "Ltd", "Magazine", "Ministry", "Movement", "Navy", "Orchestra",
            "Organisation", "Organization", "Party", "Plc", "Police", "Records", "School", "Society",
            "Team", "Union", "University",
            // Bodies, units, studios and publishers (measured in models/README.md, fourth session of 2026-11-28).
            "Assembly", "Battalion", "Brigade", "Conservatory", "Entertainment", "Parliament", "Polytechnic",
            "Productions", "Railway", "Railways", "Regiment", "Seminary", "Senate", "Studios", "Board",
            "Laboratories", "Communications", "Holdings", "Industries", "Media", "Motors", "Trust",
            // Endings of football clubs' names ("Charlton Athletic" was a person, "Maidstone United" a place).
            "AFC", "Albion", "Athletic", "FC", "F.C", "Hotspur", "Rovers", "United", "Wanderers");
    /**
     * Endings of firms, agencies and media (CoNLL train, UNER-EWT dev and WikiANN train, 2026-11-29 eighth session)
     * that retype a name the model found ("Dhillon Logistics" was a person) but add no name of their own: capitalised
     * runs ending in them are as often titles and phrases ("Modern Times", "Master of Business Administration",
     * "Ronaldo Scores Three Times").
     */
    private static final Set<String> FOUND_NAME_ENDINGS = Set.of("Front", "Administration", "Securities", "Medical",
            "Times", "Network", "Networks", "Technology", "Technologies", "Systems", "Logistics", "Pictures", "Films",
            "Publishing", "Television",
            // Houses of legislatures ("Pennsylvania House of Representatives" was a place; ninth session).
            "Representatives", "Legislature", "Commons",
            // Firms of a trade ("Henning Larsen Architects", "Vetter Pharma", "Sequoia Capital" were persons or
            // places in probe 5; tenth session).
            "Architects", "Architecture", "Pharma", "Pharmaceuticals", "Labs", "Software", "Verlag", "Capital",
            // Publishers ("Marvel Comics" was a person in probe 7; eleventh session).
            "Comics", "Books",
            // Industries ("Stadler Rail" was a person in probe 9; gold data: 15 names end in them, all
            // organisations; not "Steel", a surname: "Helen Steel"; eleventh session).
            "Rail", "Aerospace", "Foods", "Brewery", "Mining", "Gas", "Electric");

    /** Designators of public bodies, which take the place they serve into their name ("Central Bank of Liberia"). */
    private static final Set<String> PUBLIC_BODIES = Set.of("Academy", "Agency", "Assembly", "Association",
            "Authority", "Bank", "Board", "Bureau", "College", "Commission", "Committee", "Council", "Department",
            "Foundation", "Institute", "Ministry", "Parliament", "Party", "Police", "Senate", "Society", "Trust",
            "Union", "University");
    /** Words that join a found name to the designator before it ("University of" + "Washington"). */
    private static final Set<String> BACKWARD_COMPLEMENT_WORDS = Set.of("of", "de");

    /** Endings that are also surnames ("Rachel Books"): after a listed given name they end a person's name. */
    private static final Set<String> SURNAME_ENDINGS = Set.of("Books");

    private OrganisationDesignators() {
    }

    /** True if the name is two words, a given name and an ending that is also a surname ("Rachel Books"). */
    static boolean isGivenNameAndSurname(String[] tokens, Span span, Predicate<String> givenName) {
        return span.length() == 2 && SURNAME_ENDINGS.contains(tokens[span.getEnd() - 1])
                && givenName.test(tokens[span.getStart()]);
    }

    /** True if the name has two or more tokens and its last is a designator. */
    static boolean endsInDesignator(String[] tokens, Span span) {
        return span.length() >= 2 && isOrganisationEnding(tokens[span.getEnd() - 1]);
    }

    /** True for a word that ends organisations' names: a designator or a firm's, agency's or medium's ending. */
    static boolean isOrganisationEnding(String token) {
        return isDesignator(token) || FOUND_NAME_ENDINGS.contains(token);
    }

    /**
     * True if the name is an organisation by its own words: it ends in a designator ("Verve Records") or one inside
     * it heads a complement ("London School of Economics").
     */
    static boolean namesOrganisation(String[] tokens, Span span) {
        return endsInDesignator(tokens, span) || headsComplement(tokens, span);
    }

    /**
     * True if a designator inside the name heads a complement ("London School of Economics", "Bank of England"): the
     * model found the whole name and typed it by the place in it.
     */
    private static boolean headsComplement(String[] tokens, Span span) {
        for (int t = span.getStart(); t < span.getEnd() - 2; t++) {
            if (isDesignator(tokens[t]) && BACKWARD_COMPLEMENT_WORDS.contains(tokens[t + 1])) {
                return true;
            }
        }
        return false;
    }

    /** True for a designator, also with a dot ("Inc.", "Corp."). */
    static boolean isDesignator(String token) {
        return ENDINGS.contains(token.endsWith(".") ? token.substring(0, token.length() - 1) : token);
    }

    /**
     * Capitalised runs ending in a designator that overlap none of the found names, as organisations, except those
     * {@code isPlace} accepts ({@link DesignatedRuns#unfound}).
     */
    static List<Span> unfound(String[] tokens, List<Span> found, Predicate<Span> isPlace) {
        return DesignatedRuns.unfound(tokens, found, OrganisationDesignators::isDesignator,
                EntityType.ORGANIZATION, isPlace);
    }

    /**
     * The spans, each found name that capitalised words ending in a designator follow taken up to it, with the
     * designator's complement, as an organisation: "Melbourne Cricket" + "Club", "San Diego" + "State University",
     * "London" + "School of Economics"; and each found name that is a designator's complement taken back to the
     * designator's name ("University of" + "Washington", "City College of" + "San Francisco"). Why: the model reads
     * the start of such a name as a place or a person and stops there. Only capitalised words may stand between the
     * name and its designator (not "and": "Google and Harvard University" are two), no other name may lie in the
     * way, and {@code isPlace} keeps its names out.
     */
    static List<Span> extended(String[] tokens, List<Span> spans, Predicate<Span> isPlace) {
        List<Span> result = new ArrayList<>(spans);
        for (int i = 0; i < result.size(); i++) {
            int previousEnd = i > 0 ? result.get(i - 1).getEnd() : 0;
            Span span = result.get(i);
            if (i > 0 && isBodyOfPlace(tokens, result.get(i - 1), span, isPlace)) {
                Span organisation = new Span(result.get(i - 1).getStart(), span.getEnd(),
                        EntityType.ORGANIZATION.name());
                if (!isPlace.test(organisation)) {
                    result.set(i - 1, organisation);
                    result.remove(i);
                    i--;
                    continue;
                }
            }
            int start = designatorBefore(tokens, span, previousEnd);
            if (start >= 0) {
                Span organisation = new Span(start, span.getEnd(), EntityType.ORGANIZATION.name());
                if (!isPlace.test(organisation)) {
                    result.set(i, organisation);
                    span = organisation;
                }
            }
            // Why: the model now and then tags the designator alone, right after the name ("Austin" + "FC").
            boolean loneDesignatorNext = i + 1 < result.size() && isLoneDesignator(tokens, result.get(i + 1))
                    && result.get(i + 1).getStart() == span.getEnd();
            int nextSpan = loneDesignatorNext ? i + 2 : i + 1;
            int next = nextSpan < result.size() ? result.get(nextSpan).getStart() : tokens.length;
            int designator = -1;
            for (int t = span.getEnd(); t < next && TokenShape.isCapitalised(tokens[t]); t++) {
                if (isDesignator(tokens[t])) {
                    designator = t;
                }
            }
            if (designator < 0) {
                continue;
            }
            int end = DesignatedRuns.withComplement(tokens, designator + 1, next);
            Span organisation = new Span(span.getStart(), end, EntityType.ORGANIZATION.name());
            if (!isPlace.test(organisation)) {
                result.set(i, organisation);
                if (loneDesignatorNext && end >= result.get(i + 1).getEnd()) {
                    result.remove(i + 1);
                }
            }
        }
        return result;
    }

    /**
     * True if a found name ending in a designator, "of" or "of the", and a found place follow each other ("Senate" +
     * "of the" + "Netherlands", "Bank" + "of" + "Japan"): one organisation, as the model found them apart. Only
     * public bodies: after a firm's word the place is where it is ("Kia Motor Corp of South Korea" are two in CoNLL);
     * before "of the" and a listed country or city only a bare body ("Senate of the Netherlands"; "National Security
     * Agency of the United States" has its name already, "Legislative Assembly of the Province of Canada" not).
     */
    private static boolean isBodyOfPlace(String[] tokens, Span body, Span place, Predicate<Span> listedPlace) {
        int gap = place.getStart() - body.getEnd();
        return EntityType.LOCATION.isTypeOf(place.getType()) && PUBLIC_BODIES.contains(tokens[body.getEnd() - 1])
                && (gap == 1 || gap == 2 && tokens[body.getEnd() + 1].equals("the")
                        && (body.length() == 1 || !listedPlace.test(place)))
                && BACKWARD_COMPLEMENT_WORDS.contains(tokens[body.getEnd()]);
    }

    /** True if a designator stands among the name's words ("University of Queensland"). */
    static boolean holdsDesignator(String[] tokens, Span name) {
        for (int t = name.getStart(); t < name.getEnd(); t++) {
            if (isDesignator(tokens[t])) {
                return true;
            }
        }
        return false;
    }

    /** True for a found name that is one designator word alone ("FC"). */
    private static boolean isLoneDesignator(String[] tokens, Span span) {
        return span.length() == 1 && isDesignator(tokens[span.getStart()]);
    }

    /**
     * Where the organisation starts whose designator and "of" (perhaps "of the") or "de" stand right before
     * {@code start} ("University of", "Senate of the"; not "for": "entered Parliament for Sheffield Brightside"): the
     * capitalised run that ends in the designator, after any sentence opener, not before {@code limit}; -1 if there
     * is no designator there.
     */
    private static int designatorBefore(String[] tokens, Span found, int limit) {
        int start = found.getStart();
        // "of the" too ("Senate of the Netherlands"): in WikiANN train 17 of 18 such runs are one name; not before an
        // institution of its own ("Global Change Institute of the University of Queensland" are two).
        boolean ofThe = start - 1 >= limit && tokens[start - 1].equals("the");
        if (ofThe && holdsDesignator(tokens, found)) {
            return -1;
        }
        int of = ofThe ? start - 2 : start - 1;
        if (of - 1 < limit || !BACKWARD_COMPLEMENT_WORDS.contains(tokens[of]) || !isDesignator(tokens[of - 1])) {
            return -1;
        }
        int first = of - 1;
        while (first - 1 >= limit && TokenShape.isCapitalised(tokens[first - 1])) {
            first--;
        }
        return DesignatedRuns.afterOpeners(tokens, first, of - 1);
    }
}
