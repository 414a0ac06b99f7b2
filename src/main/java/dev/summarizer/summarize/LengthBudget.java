package dev.summarizer.summarize;

/**
 * How long a summary may be, in exactly one unit. Sentences and ratio count sentences (ratio of the document's
 * sentences, rounded, at least one); words and characters cap the total of the chosen sentences (characters
 * count the summary text, sentences joined by one space).
 */
public record LengthBudget(Unit unit, double value) {

    /** The unit a budget is given in. */
    public enum Unit {
        SENTENCES, RATIO, WORDS, CHARACTERS
    }

    public LengthBudget {
        if (!(value > 0) || (unit == Unit.RATIO && value > 1)) {
            throw new IllegalArgumentException("Invalid " + unit + " budget: " + value);
        }
    }

    public static LengthBudget sentences(int count) {
        return new LengthBudget(Unit.SENTENCES, count);
    }
}
