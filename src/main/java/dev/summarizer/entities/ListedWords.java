package dev.summarizer.entities;

import java.util.function.Predicate;

/**
 * What the document-wide steps ({@link FoundForms}, {@link MentionPropagator}, {@link GroupMembers}) ask of the
 * gazetteer lists, each as a test of a name's words (see {@link NameLists}).
 *
 * @param givenName a word the person-name lists hold ("Neil", "Rachel")
 * @param organisation words an organisation list holds ("Dell", "Disney")
 * @param regionOrNationality words a country, US state or nationality list holds ("Texas", "Israel", "American")
 * @param namedPlace words a place list or WordNet's places hold ("Gaza", "Darfur", "Burma")
 */
record ListedWords(Predicate<String> givenName, Predicate<String> organisation,
        Predicate<String> regionOrNationality, Predicate<String> namedPlace) {
}
