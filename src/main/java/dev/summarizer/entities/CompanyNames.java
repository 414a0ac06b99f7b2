package dev.summarizer.entities;

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

    private CompanyNames() {
    }

    static boolean endsInLegalForm(String[] tokens, Span span) {
        return span.length() >= 2
                && LEGAL_FORMS.contains(tokens[span.getEnd() - 1].replace(".", "").toUpperCase(Locale.ROOT));
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
