package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * The lower-case particles inside a person's name ("Paul di Resta", "Christo van Rensburg", "Abdullah bin Zayed",
 * the Spanish "Joaquín Sorolla y Bastida", the Welsh "Rhun ap Iorwerth"), which the model, seeing a lower-case
 * word, now and then reads as the end of one person and the start of another. Measured in models/README.md
 * ("Particles inside persons' names").
 */
final class NameParticles {

    /** Particles of names in European and Arabic languages, as written in lower case inside a name. */
    private static final Set<String> PARTICLES = Set.of("di", "da", "de", "del", "della", "van", "von", "der", "den",
            "du", "dos", "das", "le", "la", "bin", "ibn", "ter", "ten", "zu", "y", "ap");
    /**
     * Particles that join a place to the river, hill or region it stands on or by ("Frankfurt am Main", "Wangen an der
     * Aare", "Frenštát pod Radhoštěm"): the two names around them are one place if one of them is a place. Not the
     * English "upon" ("conferred by Queen Elizabeth upon Winston Churchill"), nor "sur" and "im" ("Müller sur France
     * 24", web text's "Jess im Kayla").
     */
    private static final Set<String> PLACE_PARTICLES = Set.of("am", "pod", "nad", "bei", "ob");
    /**
     * Particles that join two places only ("Kirchberg im Hunsrück", "Newcastle upon Tyne", "Stratford upon Avon", the
     * Portuguese and Spanish "Santa Luzia do Paraopeba", "Nossa Senhora do Socorro", "Santa Clara del Cobre"), unless
     * the second is a listed capital or country: around a person they are other words ("Jess im Kayla", "Queen
     * Elizabeth upon Winston Churchill"), and before a capital or a country a preposition ("sanctions imposed by
     * Washington upon Moscow", "the attack by Germany upon Poland").
     */
    private static final Set<String> BETWEEN_PLACES_PARTICLES = Set.of("im", "upon", "sur", "do", "da", "dos",
            "das", "del");
    /** German articles after "an" ("an der Aare"); "an" alone is English ("in Denver an Uber driver"). */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "dem", "den");
    /**
     * Epithets after "the" that end a ruler's or a saint's name ("Alfred the Great", "Robert the Bruce", "John the
     * Baptist"): CoNLL and WikiANN keep them in the person's name (9 "the Great" in their gold persons).
     */
    private static final Set<String> EPITHETS = Set.of("Great", "Bruce", "Conqueror", "Terrible", "Bold", "Fair",
            "Good", "Pious", "Younger", "Elder", "Confessor", "Lionheart", "Magnificent", "Wise", "Just", "Bald",
            "Simple", "Unready", "Brave", "Lame", "Blessed", "Venerable", "Apostate", "Navigator", "Lawgiver", "Cruel",
            "Mad", "Silent", "Victorious", "Baptist", "Evangelist", "Apostle", "Deacon", "Fat", "Red", "Black");
    /** Epithets that tell generations apart, after a full name too ("Pieter Bruegel the Elder"). */
    private static final Set<String> GENERATIONS = Set.of("Elder", "Younger");
    /** How many particles may stand between the two halves ("van der", "de la"). */
    private static final int MAX_PARTICLES = 2;

    private NameParticles() {
    }

    /**
     * The names, two persons on either side of one or two particles joined into one person, and two names on either
     * side of a place's particle ({@link #PLACE_PARTICLES}, or "an" with a German article) into one place when one of
     * them is a place. {@code givenName} tells a listed name: after a one-word person, "y" joins no such name
     * ("Fernando y Isabel" are two); {@code listedPlace} a listed capital or country.
     */
    static List<Span> joined(String[] tokens, List<Span> names, Predicate<String> givenName,
            Predicate<Span> listedPlace) {
        List<Span> joined = new ArrayList<>(names.size());
        for (Span name : withEpithets(tokens, names)) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && EntityType.PERSON.isTypeOf(last.getType())
                    && (EntityType.PERSON.isTypeOf(name.getType()) || isSurnameAfterGivenName(tokens, last, name,
                            givenName, listedPlace))
                    && onlyParticlesBetween(tokens, last, name, givenName)) {
                joined.set(joined.size() - 1, new Span(last.getStart(), name.getEnd(), EntityType.PERSON.name()));
            } else if (last != null && placeParticleBetween(tokens, last, name, listedPlace)) {
                joined.set(joined.size() - 1, new Span(last.getStart(), name.getEnd(), EntityType.LOCATION.name()));
            } else {
                joined.add(name);
            }
        }
        return joined;
    }

    /**
     * The names, each person followed by "the" and an epithet ("Alfred" + "the Great", "Robert" + "the" + "Bruce")
     * run on over them; a name found in the epithet's place is taken in.
     */
    private static List<Span> withEpithets(String[] tokens, List<Span> names) {
        List<Span> result = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            Span name = names.get(n);
            int the = name.getEnd();
            if (EntityType.PERSON.isTypeOf(name.getType()) && the + 1 < tokens.length && tokens[the].equals("the")
                    && endsWithEpithet(tokens, name, the + 1)) {
                result.add(new Span(name.getStart(), the + 2, name.getType()));
                if (n + 1 < names.size() && names.get(n + 1).getStart() == the + 1
                        && names.get(n + 1).getEnd() == the + 2) {
                    n++;
                }
            } else {
                result.add(name);
            }
        }
        return result;
    }

    /**
     * True if an epithet stands at {@code at} and ends the name: no capitalised word follows ("Maria the Black Watch
     * scarf", "Ferguson the Red Devils"). After a name of two words or more, only "Elder" and "Younger" ("William Pitt
     * the Younger"; "Russell Moore the Baptist ethics commission").
     */
    private static boolean endsWithEpithet(String[] tokens, Span name, int at) {
        boolean ends = at + 1 == tokens.length || !TokenShape.isCapitalised(tokens[at + 1]);
        return ends && (name.length() == 1 ? EPITHETS.contains(tokens[at]) : GENERATIONS.contains(tokens[at]));
    }

    private static boolean placeParticleBetween(String[] tokens, Span first, Span second,
            Predicate<Span> listedPlace) {
        boolean placeAmong = EntityType.LOCATION.isTypeOf(first.getType())
                || EntityType.LOCATION.isTypeOf(second.getType());
        if (!placeAmong || isFullPerson(first) || isFullPerson(second)
                || TokenShape.isPossessiveAt(tokens, second.getEnd())) {
            return false;
        }
        int gap = second.getStart() - first.getEnd();
        String particle = gap >= 1 ? tokens[first.getEnd()] : "";
        boolean bothPlaces = EntityType.LOCATION.isTypeOf(first.getType())
                && EntityType.LOCATION.isTypeOf(second.getType())
                && !listedPlace.test(second);
        return gap == 1 && (PLACE_PARTICLES.contains(particle)
                || bothPlaces && BETWEEN_PLACES_PARTICLES.contains(particle))
                || gap == 2 && (particle.equals("an") || PLACE_PARTICLES.contains(particle))
                        && GERMAN_ARTICLES.contains(tokens[first.getEnd() + 1]);
    }

    /**
     * True if the first name is one listed given name and the second, which the model typed otherwise, is a surname
     * after its particle ("Herbert" + "von" + "Karajan", read as an organisation; "Leonardo da Vinci"): no listed
     * capital or country ("Marie de France" stays apart) and not "y" ("Pedro y Madrid").
     */
    private static boolean isSurnameAfterGivenName(String[] tokens, Span first, Span second,
            Predicate<String> givenName, Predicate<Span> listedPlace) {
        return first.length() == 1 && givenName.test(tokens[first.getStart()]) && second.length() <= 2
                && !listedPlace.test(second) && !tokens[first.getEnd()].equals("y");
    }

    /** A person of two or more words, who is no half of a place ("Thomas Müller"). */
    private static boolean isFullPerson(Span name) {
        return name.length() >= 2 && EntityType.PERSON.isTypeOf(name.getType());
    }

    private static boolean onlyParticlesBetween(String[] tokens, Span first, Span second,
            Predicate<String> givenName) {
        int gap = second.getStart() - first.getEnd();
        if (gap < 1 || gap > MAX_PARTICLES) {
            return false;
        }
        for (int t = first.getEnd(); t < second.getStart(); t++) {
            if (!PARTICLES.contains(tokens[t])) {
                return false;
            }
        }
        // Why: "y" also joins two persons ("Fernando y Isabel"); after it stands one surname: after a full name
        // ("Joaquín Sorolla y Bastida"), or one no list gives as a name ("Ramón y Cajal").
        return !tokens[first.getEnd()].equals("y") || second.length() == 1
                && (first.length() >= 2 || !givenName.test(tokens[second.getStart()]));
    }
}
