package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Titles of court cases ("Donoghue v Stevenson", "MacPherson v. Buick Motor Co.", "Roe v. Wade"): CoNLL annotates a
 * case's title as one MISC name, UNER not at all, so the parties in it are no persons, places or organisations there
 * (they are elsewhere: "May Donoghue boarded a tram"). The model reads them as two persons. A title counts only near a
 * word of the law and no word of sport or other contests ("England v Pakistan" is a match, "Carlsen v Nakamura" a
 * chess game).
 */
final class CaseNames {

    /** A party: capitalised words, which may hold "of", "the", "and", "&" ("Bank of England", "Smith & Co."). */
    private static final String PARTY = "\\p{Lu}[\\p{L}\\p{N}.'\u2019&-]*"
            + "(?:[ \\t]+(?:(?:of|the|and|&)[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}.'\u2019&-]*){0,5}";
    /**
     * Two parties and "v" or "v." between them; not "vs." ("Obama vs. Romney" is a contest). Group 1 is the first
     * party, which may begin before a sentence's end.
     */
    private static final Pattern CASE_TITLE = Pattern.compile("(" + PARTY + ")[ \\t]+v\\.?[ \\t]+" + PARTY);
    /** "v" or "v." between spaces: a text without one holds no case's title. */
    private static final Pattern VERSUS = Pattern.compile("[ \\t]v\\.?[ \\t]");
    /**
     * Words of the law near a case's title, any case; "[1932]" is a law report's year. Not "case", "decision" or
     * "appeal", which news uses for anything.
     */
    private static final Pattern LAW_WORD = Pattern.compile("(?i)\\b(?:court|ruling|ruled|judgment|judgement|"
            + "lawsuit|verdict|justices?|judges?|precedent|overruled|plaintiffs?|defendants?|litigation|tort|"
            + "negligence|UKHL|UKSC)\\b|\\[\\d{4}\\]");
    /** Words of contests besides sport's ({@link SportsReports#isSportWord}), lower case. */
    private static final Set<String> CONTEST_WORDS = Set.of("chess", "arbiter", "debate", "debates", "election",
            "elections", "motion", "umpire", "umpires", "referee", "draw", "rematch", "bout", "fight", "dance-off",
            "contest", "contestant", "contestants", "competition", "episode", "show");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    /** The end of a sentence inside a party's words: "… narrowly to Sunak. Oxford v Cambridge". */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}[.!?][ \\t]+");
    /** How far before and after a case's title a word of the law, or of a contest, may stand. */
    private static final int NEAR = 120;

    private CaseNames() {
    }

    /** The case titles in the text, as character spans. */
    static List<Span> in(String text) {
        List<Span> titles = new ArrayList<>();
        // Why: the title's pattern tries every capitalised word; most texts hold no "v" to try it for.
        if (!VERSUS.matcher(text).find()) {
            return titles;
        }
        Matcher title = CASE_TITLE.matcher(text);
        while (title.find()) {
            int start = title.start();
            Matcher sentenceEnd = SENTENCE_END.matcher(title.group(1));
            while (sentenceEnd.find()) {
                start = title.start() + sentenceEnd.end();
            }
            String near = text.substring(Math.max(0, start - NEAR), Math.min(text.length(), title.end() + NEAR));
            if (LAW_WORD.matcher(near).find() && !holdsContestWord(near)) {
                titles.add(new Span(start, title.end()));
            }
        }
        return titles;
    }

    private static boolean holdsContestWord(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String lowerCase = word.group().toLowerCase(Locale.ROOT);
            if (SportsReports.isSportWord(lowerCase) || CONTEST_WORDS.contains(lowerCase)) {
                return true;
            }
        }
        return false;
    }
}
