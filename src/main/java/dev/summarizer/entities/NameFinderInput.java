package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.summarizer.analysis.Sentence;

/**
 * The service's sentences re-cut into what the name-finder model was trained on (CoNLL-style tokens). Why: the
 * service's tokenizer keeps possessives on their word ("England's", "PANAMA'S"), leaves a final period on an
 * all-caps word ("SANDS."), writes an initial as two tokens ("H", "."), splits hyphenated words ("Saint",
 * "-", "Cyr"), and its sentence splitter ends a sentence after an initial or a short abbreviation ("A. | Dale",
 * "St. | Catharines"); each of these costs the model names it finds in CoNLL tokens. So:
 * <ul>
 *   <li>touching tokens joined by a hyphen become one token again: "Saint-Cyr", "U.S.-based";</li>
 *   <li>a trailing possessive becomes its own token: "England's" gives "England" and "'s";</li>
 *   <li>a sentence-final period on a word of two or more letters, or on a legal form or "Jr.", becomes its own
 *       token, and a legal form before "The", "It", … ends a sentence the splitter ran on ("Lear Corp. The");</li>
 *   <li>a single capital letter, or letters joined by dots, directly followed by "." becomes one token: "H.",
 *       "U.N." (the service's tokenizer gives "U.N" and ".");</li>
 *   <li>touching tokens of letters each followed by a dot become one token: "S.p.A." (given as "S." and "p.A.");</li>
 *   <li>a sentence that ends with an initial or a short capitalised abbreviation ("St.", "Gen.") is read
 *       together with the next one;</li>
 *   <li>a sentence is read as two after a year-month-day date followed by a capitalised word (a dateline run
 *       into its story).</li>
 * </ul>
 * Every model token keeps its character span and the index of the sentence it came from.
 */
final class NameFinderInput {

    /** A date written year-month-day, as news wires end a dateline ("BRUSSELS 1996-08-22"). */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i).*\\p{L}['\u2019]s?");
    /** A capital, or capitals joined by dots ("U.N", "U.S"): with the "." after it, an initial or acronym. */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    /** Letters each followed by a dot: "S.", "p.A." (the tokenizer cuts "S.p.A." in two). */
    private static final Pattern DOTTED_LETTERS = Pattern.compile("(?:\\p{L}\\.)+");
    /** An initial or a short capitalised abbreviation: "A.", "St.", "Mr.", "Gen.". */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\p{Ll}{0,2}\\.");

    /**
     * Abbreviations that end names and whose period may also end the sentence: CoNLL and UD both give that period to
     * the sentence ("Lear Corp" "."), so it is cut off like any sentence-final period, though "Inc." looks like an
     * initial.
     */
    private static final Set<String> NAME_FINAL_ABBREVIATIONS = Set.of("Inc.", "Corp.", "Co.", "Ltd.", "Plc.",
            "Bros.", "Cos.", "Jr.", "Sr.");
    /**
     * Capitalised words that open a sentence and hardly ever continue a name: after "Corp." they show a sentence end
     * the sentence splitter missed ("… bought Lear Corp. The deal …").
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "It", "He", "She", "They", "We",
            "I", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "But", "In", "On", "At", "For", "As",
            "After", "Shares");

    /** One stretch of text the model reads at once: its tokens, their spans and sentences. */
    record Unit(String[] tokens, int[] starts, int[] ends, int[] sentences) {
    }

    private final List<String> tokens = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    private NameFinderInput() {
    }

    /** The units of the sentences, in document order, for sentences given without their text. */
    static List<Unit> units(List<Sentence> sentences) {
        return units(null, sentences);
    }

    /**
     * The units of the sentences of the text, in document order. A sentence ending in an initial is not read with the
     * next one across a line break: "… the Order of the Black Sun.", a paragraph's end, had run into the next
     * paragraph's "Development began …" as one name.
     */
    static List<Unit> units(String text, List<Sentence> sentences) {
        List<Unit> units = new ArrayList<>();
        NameFinderInput current = new NameFinderInput();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            String[] words = sentence.tokens();
            for (int t = 0; t < words.length; t++) {
                boolean missedEnd = t + 1 < words.length && NAME_FINAL_ABBREVIATIONS.contains(words[t])
                        && SENTENCE_OPENERS.contains(words[t + 1]);
                current.add(words[t], sentence.tokenStarts()[t], sentence.tokenEnds()[t], sentence.index(),
                        t == words.length - 1 || missedEnd);
                if (missedEnd || t + 1 < words.length && current.endsWithDateBefore(words[t + 1])) {
                    units.add(current.toUnit());
                    current = new NameFinderInput();
                }
            }
            if (!current.endsWithInitial() || s + 1 < sentences.size()
                    && isLineBreakBetween(text, sentence, sentences.get(s + 1))) {
                units.add(current.toUnit());
                current = new NameFinderInput();
            }
        }
        if (!current.tokens.isEmpty()) {
            units.add(current.toUnit());
        }
        return units;
    }

    private static boolean isLineBreakBetween(String text, Sentence sentence, Sentence next) {
        return text != null && sentence.end() <= next.start() && next.start() <= text.length()
                && text.substring(sentence.end(), next.start()).indexOf('\n') >= 0;
    }

    /**
     * True if the unit so far ends in a year-month-day date and the next word is capitalised: a dateline run into
     * its story ("Peter Blackburn BRUSSELS 1996-08-22 The European Commission said …"), as text without line
     * breaks gives it. The model learnt datelines as units of their own (+0.2 F1 on such text, models/README.md).
     */
    private boolean endsWithDateBefore(String next) {
        // Why this order: the capital is checked for every token, the date pattern only before a capital.
        return !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !tokens.isEmpty()
                && ISO_DATE.matcher(tokens.get(tokens.size() - 1)).matches();
    }

    private void add(String token, int start, int end, int sentence, boolean last) {
        int previous = tokens.size() - 1;
        if (previous >= 0 && spans.get(previous)[1] == start && !token.isEmpty()
                && (token.charAt(0) == '-' || tokens.get(previous).endsWith("-"))) {
            tokens.set(previous, tokens.get(previous) + token);
            spans.get(previous)[1] = end;
            return;
        }
        if (token.equals(".") && previous >= 0 && spans.get(previous)[1] == start
                && DOTTED_INITIALS.matcher(tokens.get(previous)).matches()) {
            tokens.set(previous, tokens.get(previous) + ".");
            spans.get(previous)[1] = end;
            return;
        }
        if (previous >= 0 && spans.get(previous)[1] == start && DOTTED_LETTERS.matcher(token).matches()
                && DOTTED_LETTERS.matcher(tokens.get(previous)).matches()) {
            tokens.set(previous, tokens.get(previous) + token);
            spans.get(previous)[1] = end;
            return;
        }
        int cut = token.length();
        if (cut != end - start) {
            // Why: splitting below counts characters of the token; a token that is not its text stays whole.
            put(token, start, end, sentence);
            return;
        }
        if (POSSESSIVE.matcher(token).matches()) {
            cut = token.endsWith("s") || token.endsWith("S") ? token.length() - 2 : token.length() - 1;
        } else if (last && NAME_FINAL_ABBREVIATIONS.contains(token)
                || last && token.length() > 2 && !INITIAL.matcher(token).matches()
                && token.indexOf('.') == token.length() - 1
                && Character.isLetter(token.charAt(token.length() - 2))) {
            cut = token.length() - 1;
        }
        put(token.substring(0, cut), start, start + cut, sentence);
        if (cut < token.length()) {
            put(token.substring(cut), start + cut, end, sentence);
        }
    }

    private void put(String token, int start, int end, int sentence) {
        tokens.add(token);
        spans.add(new int[] {start, end, sentence});
    }

    private boolean endsWithInitial() {
        return !tokens.isEmpty() && INITIAL.matcher(tokens.get(tokens.size() - 1)).matches();
    }

    private Unit toUnit() {
        int n = tokens.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] sentences = new int[n];
        for (int t = 0; t < n; t++) {
            starts[t] = spans.get(t)[0];
            ends[t] = spans.get(t)[1];
            sentences[t] = spans.get(t)[2];
        }
        return new Unit(tokens.toArray(String[]::new), starts, ends, sentences);
    }
}
