package dev.summarizer.entities;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.summarizer.entities.FoundForms.Form;

/**
 * The forms a document implies besides the names the model found (models/README.md, "Companies named short",
 * "Surnames of found persons"): a company's short name ("Magna" of a found "Magna International Inc"), an
 * organisation where it stands alone; and the surname of a found person whose name opens with a given name
 * ("Jordan" of "Neil Jordan"), a person. In CoNLL train 135 of 139 such short names and 1,677 of 1,686 such
 * surnames standing alone in the same document are the company and the person; the model had taken "Magna" for a
 * place and a person, "Jordan" and "Valencia" for places. Both are defined forms when the model did not find them
 * alone: exempt from the copy count, copied only where they stand alone ({@link MentionPropagator}).
 */
final class ImpliedForms {

    private ImpliedForms() {
    }

    /**
     * Puts the surnames into the forms as persons: a found form of those words takes the person type, and one the
     * model never found alone is added as a defined form. Not a listed firm ("Dell" of "Michael Dell" is named far
     * more often as the firm): not added, and left an organisation where the model found it as one.
     */
    static void addSurnames(Map<String, Form> forms, Set<String> surnames, ListedWords listed) {
        for (String surname : surnames) {
            Form form = forms.get(surname);
            boolean firm = listed.organisation().test(surname);
            if (form != null && !form.defined() && !(firm && form.type() == EntityType.ORGANIZATION)) {
                forms.put(surname, new Form(form.tokens(), surname, EntityType.PERSON, form.found(), false, false));
            } else if (form == null && !firm) {
                forms.put(surname, new Form(surname.split(" "), surname, EntityType.PERSON, 0, false, true, true));
            }
        }
    }

    /** Puts the short name of a found organisation ending in a legal form into the forms, if it has a usable one. */
    static void addShortName(Map<String, Form> forms, Form form, Set<String> personEndings, ListedWords listed) {
        String[] shortName = form.type() == EntityType.ORGANIZATION ? CompanyNames.shortName(form.tokens()) : null;
        if (shortName != null && isCompanyShortName(shortName, personEndings, listed)) {
            String name = String.join(" ", shortName);
            Form alsoFound = forms.get(name);
            forms.put(name, new Form(shortName, name, EntityType.ORGANIZATION,
                    alsoFound == null ? 0 : alsoFound.found(), false, true, true));
        }
    }

    /**
     * True if a company's short name may stand for the company throughout the document. Not a founder's name
     * ("Freberg" of "Freberg Ltd" after Stan Freberg, "Walt Disney" of "Walt Disney Co", "Ralph Lauren" of "Ralph
     * Lauren Corp": the end of a found person's name, or a given name and more), and not a country,
     * state or nationality ("Texas" of "Texas Industries Inc", "American" of "American International Group Inc"),
     * which the document names for itself.
     */
    private static boolean isCompanyShortName(String[] shortName, Set<String> personEndings, ListedWords listed) {
        String name = String.join(" ", shortName);
        return !personEndings.contains(name) && !(shortName.length >= 2 && listed.givenName().test(shortName[0]))
                && !listed.regionOrNationality().test(name);
    }

    /** The last words of every found person's name of two or more words ("Freberg" of "Stan Freberg"). */
    static Set<String> personEndings(Map<String, Form> forms) {
        Set<String> endings = new HashSet<>();
        for (Form form : forms.values()) {
            for (int k = 1; form.type() == EntityType.PERSON && k < form.tokens().length; k++) {
                endings.add(String.join(" ", Arrays.copyOfRange(form.tokens(), k, form.tokens().length)));
            }
        }
        return endings;
    }

    /**
     * The last words of the found persons' names of two or more words that open with a given name ("Jordan" of
     * "Neil Jordan"), unless the words before them are a found name of their own ("Lebed Chechnya" is two names
     * run together, not a person whose surname is "Chechnya").
     */
    static Set<String> surnames(Map<String, Form> forms, ListedWords listed) {
        Set<String> surnames = new HashSet<>();
        for (Form form : forms.values()) {
            boolean person = form.type() == EntityType.PERSON && listed.givenName().test(form.tokens()[0]);
            for (int k = 1; person && k < form.tokens().length; k++) {
                if (forms.containsKey(String.join(" ", Arrays.copyOfRange(form.tokens(), 0, k)))) {
                    break;
                }
                String surname = String.join(" ", Arrays.copyOfRange(form.tokens(), k, form.tokens().length));
                if (surname.length() >= FoundForms.MIN_COPY_CHARS && TokenShape.hasLowerCase(surname)
                        && !TokenShape.isCalendarWord(surname)) {
                    surnames.add(surname);
                }
            }
        }
        return surnames;
    }
}
