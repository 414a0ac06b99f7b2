package dev.summarizer.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Companies' legal forms ("Inc.", "LLC", "Corp."): where they end a name, where they follow it after a comma, and
 * where the company's name before them starts.
 */
final class CompanyNames {

    /** Legal forms of companies, written without dots, in capitals ("CO", "NV", "SA" are also states: left out). */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("INC", "LLC", "LLP", "LTD", "PLC", "PC", "CORP",
            "AG", "GMBH", "BV", "LP");
    /**
     * Legal forms that end an organisation's name the model found: the suffixes above, and those that are also
     * state abbreviations ("Co", "SA"), which inside an organisation's name are legal forms.
     */
    private static final Set<String> LEGAL_FORMS = Set.of("INC", "LLC", "LLP", "LTD", "PLC", "PC", "CORP", "AG",
            "GMBH", "BV", "LP", "CO", "NV", "SA", "CORPORATION");
    /** Lower-case words inside a company's name before its legal form ("First of Michigan Corp."). */
    private static final Set<String> COMPANY_INNER_WORDS = Set.of("of", "&", "and");
    /**
     * Generic words between a company's own name and its legal form, left out when the article names it short
     * ("Magna International Inc" is "Magna", "Jones Medical Industries Inc" is "Jones Medical").
     */
    private static final Set<String> COMPANY_WORDS = Set.of("International", "Industries", "Holdings", "Holding",
            "Group", "Bancorp", "Bancshares", "Corporation", "Company", "Cos", "Enterprises");

    private CompanyNames() {
    }

    /**
     * The short name of a company whose name ends in a legal form: the capitalised words before the legal forms,
     * the generic company words and a trailing "&" ("Magna" of "Magna International Inc", "Douglas & Lomason" of
     * "Douglas & Lomason Co"), or null when no legal form ends the name, a word before it is not capitalised, or
     * the name opens with "The" (a bare "The Gap" would be copied over every "The"-opened sentence start). Why: a
     * business story names the company in full once and short after that, where the model, without the legal form,
     * often takes the bare word for a place or a person; in CoNLL train 135 of 139 such short names standing alone
     * are the company.
     */
    static String[] shortName(String[] tokens) {
        int end = tokens.length;
        while (end > 1 && isLegalForm(tokens[end - 1])) {
            end--;
        }
        if (end == tokens.length) {
            return null;
        }
        while (end > 1 && (COMPANY_WORDS.contains(tokens[end - 1]) || COMPANY_INNER_WORDS.contains(tokens[end - 1])
                || tokens[end - 1].equals(","))) {
            end--;
        }
        for (int t = 0; t < end; t++) {
            if (!TokenShape.isCapitalised(tokens[t]) && (t == 0 || !COMPANY_INNER_WORDS.contains(tokens[t]))) {
                return null;
            }
        }
        return end == 0 || tokens[0].equals("The") ? null : Arrays.copyOf(tokens, end);
    }

    static boolean isLegalForm(String token) {
        return LEGAL_FORMS.contains(token.replace(".", "").toUpperCase(Locale.ROOT));
    }

    static boolean endsInLegalForm(String[] tokens, Span span) {
        return span.length() >= 2 && isLegalForm(tokens[span.getEnd() - 1]);
    }

    /**
     * Where a company's name that ends in a legal form starts: before {@code start}, over capitalised words that
     * no name covers ("First" of "First Chicago NBD Corp.", "Mercantile" of "Mercantile Bancorp Inc.", which the
     * model left out), but not over the unit's first word, "The", a compound such as "Louis-based", or a word
     * in capitals (a headline's "IN" before "ACME CORP").
     */
    static int companyStart(String[] tokens, int start, int covered) {
        int first = Math.max(covered, 1);
        int at = start;
        while (at - 1 >= first) {
            String word = tokens[at - 1];
            boolean capitalised = TokenShape.isCapitalisedWord(word) && !word.equals("The")
                    && !TokenShape.isDescriptiveCompound(word);
            boolean inner = COMPANY_INNER_WORDS.contains(word) && at - 2 >= first
                    && TokenShape.isCapitalised(tokens[at - 2]);
            if (!capitalised && !inner) {
                break;
            }
            at--;
        }
        while (at < start && COMPANY_INNER_WORDS.contains(tokens[at])) {
            at++;
        }
        return at;
    }

    /**
     * True if a comma and a company's legal form stand at {@code at} ("Holland & Hart , LLP", "Acme , Inc."). A
     * name before them is a company, and the form belongs to its name in both CoNLL's and UNER's annotation; the
     * model, seeing the comma, often splits it off ("LLC" alone) or types the whole as a person.
     */
    static boolean isCorporateSuffix(String[] tokens, int at) {
        return at + 1 < tokens.length && tokens[at].equals(",")
                && CORPORATE_SUFFIXES.contains(tokens[at + 1].replace(".", "").toUpperCase(Locale.ROOT));
    }
}
