package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * The team in a line of race results: "Olaf Ludwig ( Germany ) Telekom 4 hours", "Alex Zanardi ( Italy ) , Reynard
 * Honda , 53.980". A name right after a person that opens the line and that person's country in brackets, and followed
 * by a time or a number, is the rider's or driver's team: in CoNLL train 107 times an organisation, 22 times MISC (a
 * car), 3 times a place (a record's venue) and once a person; in valid 18 times an organisation and once a person. The
 * model, seeing a name where it has just read one, reads it as a person ("Reynard Honda"). Measured in models/README.md
 * ("Teams in race results").
 */
final class ResultTeams {

    /** How many tokens before the person must hold no lower-case word. */
    private static final int LINE_START_WORDS = 2;

    private ResultTeams() {
    }

    /** The names, each "person" in a team's place in a results line typed as an organisation. */
    static List<Span> typed(String[] tokens, List<Span> names) {
        List<Span> typed = new ArrayList<>(names);
        for (int i = 2; i < typed.size(); i++) {
            Span person = typed.get(i - 2);
            Span country = typed.get(i - 1);
            Span team = typed.get(i);
            if (EntityType.PERSON.isTypeOf(team.getType()) && EntityType.PERSON.isTypeOf(person.getType())
                    && EntityType.LOCATION.isTypeOf(country.getType()) && isLineStart(tokens, person)
                    && isBracketed(tokens, person, country) && followsBracket(tokens, country, team)
                    && isFollowedByNumber(tokens, team)) {
                typed.set(i, new Span(team.getStart(), team.getEnd(), EntityType.ORGANIZATION.name()));
            }
        }
        return typed;
    }

    /**
     * True if no lower-case word stands in the two tokens before the person: a results line ("1. Alex Zanardi",
     * "... mph ) 2. Michael Andretti", where the splitter ran two lines together), not prose with ages ("The dead
     * included Anne Smith ( Ireland ) , John Murphy , 45") or a caption ("Leading scores : Nick Faldo").
     */
    private static boolean isLineStart(String[] tokens, Span person) {
        for (int t = Math.max(0, person.getStart() - LINE_START_WORDS); t < person.getStart(); t++) {
            if (!tokens[t].isEmpty() && Character.isLowerCase(tokens[t].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBracketed(String[] tokens, Span person, Span country) {
        return country.getStart() == person.getEnd() + 1 && tokens[person.getEnd()].equals("(")
                && country.getEnd() < tokens.length && tokens[country.getEnd()].equals(")");
    }

    /** True if the team starts right after the closing bracket, a comma allowed between. */
    private static boolean followsBracket(String[] tokens, Span country, Span team) {
        int after = country.getEnd() + 1;
        return team.getStart() == after || team.getStart() == after + 1 && tokens[after].equals(",");
    }

    /** True if a number or a time follows the team, a comma allowed between ("Reynard Honda , 53.980"). */
    private static boolean isFollowedByNumber(String[] tokens, Span team) {
        int next = team.getEnd() < tokens.length && tokens[team.getEnd()].equals(",") ? team.getEnd() + 1
                : team.getEnd();
        return next < tokens.length && TokenShape.startsWithDigit(tokens[next]);
    }
}
