package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of taxa, which the model reads as persons, places or organisations: the genus of a species' scientific name
 * ("The Sulawesi mountain thrush (Zoothera celebensis)", "C. formosella", "placed it in the genus Geokichla"; in
 * WikiANN test 28 of 28 such genus words it returned are no name), families ("a moth in the family Geometridae") and
 * the ranks of a taxobox ("Kingdom: Animalia", "Order: Lepidoptera"). A taxon is no person, place or organisation by
 * any of the annotation guidelines (CoNLL, UNER, WikiANN), and Wikipedia holds hundreds of thousands of articles on
 * species. Measured in models/README.md ("Genus names", "Taxoboxes and families").
 */
final class TaxonNames {

    /**
     * A capitalised word or an initial and a lower-case word after it that ends as the specific names of Latin
     * binomials do ("celebensis", "tenuis", "biloba", "cirlus"; not "-ys", which ends English verbs: "Nadal outplays
     * Roddick"): a genus and, perhaps, its species.
     */
    private static final Pattern BINOMIAL = Pattern.compile("(?<![\\p{L}\\p{N}.'-])(\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)[ \\t]+"
            + "(\\p{Ll}+(?:us|a|um|is|i|ae|on|oides|ax|ix|ex))(?![\\p{L}\\p{N}'-])");
    /** The shortest specific name ("leo" of "Panthera leo"). */
    private static final int MIN_EPITHET = 3;
    /** A genus the text names as one ("the genus Geokichla", "subgenus Zoothera"). */
    private static final Pattern NAMED_GENUS = Pattern.compile(
            "\\b(?:genus|subgenus)[ \\t]+(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}'-])");
    /** A taxobox's line: a rank (group 1) and the taxon (group 2), on a line of its own ("Order: Lepidoptera"). */
    private static final Pattern RANK_LINE = Pattern.compile("(?m)^[ \\t]*(Domain|Kingdom|Phylum|Subphylum"
            + "|Class|Subclass|Order|Suborder|Superfamily|Family|Subfamily|Tribe|Genus|Subgenus|Species)[ \\t]*:"
            + "[ \\t]*(\\p{Lu}[^\\n]*?)[ \\t]*$");
    /** How many rank lines make a taxobox. */
    private static final int MIN_RANK_LINES = 2;
    /** A comma and a capitalised word after a name: a place and its region ("Phoenix, Arizona"). */
    private static final Pattern REGION_AFTER = Pattern.compile("^,[ \\t]*\\p{Lu}");
    /**
     * The endings of the names of families, subfamilies and superfamilies of animals and plants ("Geometridae",
     * "Larinae", "Rosaceae", "Papilionoidea"); not "-ini" or "-ales", which end surnames ("Bellini", "Morales").
     */
    private static final Pattern FAMILY_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:idae|inae|aceae|oidea)");

    /** Where each taxon stands, as {start, end} character offsets. */
    private final List<int[]> places;
    /** Taxon words that are no listed given name or place, dropped wherever they stand alone. */
    private final Set<String> words;

    private TaxonNames(List<int[]> places, Set<String> words) {
        this.places = places;
        this.words = words;
    }

    /**
     * The taxa of the text. A lower-case word after a capitalised one is a specific name if it ends as Latin ones
     * do and {@code knownWord} does not know it: English words do end so ("the Sydney area", "Enron guaranties") but
     * are known. A genus that a list holds as a given name or a place ({@code listed}), or that is a word of a
     * person's name of two or more words among the {@code mentions}, is only no name where it opens its binomial
     * ("Victoria amazonica" leaves Queen Victoria be; "Erica carnea" the botanist Erica Thompson, later "Erica").
     * A taxobox's rank and taxon are no names on their line ("Kingdom: Animalia"), and the taxon nowhere else either;
     * a taxobox has two rank lines or more.
     */
    static TaxonNames in(String text, List<Mention> mentions, Predicate<String> knownWord,
            Predicate<String> listed) {
        List<int[]> places = new ArrayList<>();
        Set<String> words = new HashSet<>();
        Matcher binomial = BINOMIAL.matcher(text);
        int from = 0;
        while (from < text.length() && binomial.find(from)) {
            String epithet = binomial.group(2);
            if (epithet.length() >= MIN_EPITHET && !knownWord.test(epithet)) {
                add(binomial.group(1), binomial.start(1), places, words, listed);
            }
            // Why from the second word: it may open the next binomial ("Tetrathiobacter kashmirensis").
            from = binomial.start(2);
        }
        Matcher named = NAMED_GENUS.matcher(text);
        while (named.find()) {
            add(named.group(1), named.start(1), places, words, listed);
        }
        // Why two lines: a taxobox gives several ranks; one "Family: Smith" line is a person's infobox.
        List<MatchResult> ranks = RANK_LINE.matcher(text).results().toList();
        if (ranks.size() >= MIN_RANK_LINES) {
            for (MatchResult rank : ranks) {
                places.add(new int[] {rank.start(1), rank.end(1)});
                add(rank.group(2), rank.start(2), places, words, listed);
            }
        }
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON && mention.text().contains(" ")) {
                words.removeAll(List.of(mention.text().split("\\s+")));
            }
        }
        return new TaxonNames(places, words);
    }

    private static void add(String taxon, int start, List<int[]> places, Set<String> words,
            Predicate<String> listed) {
        places.add(new int[] {start, start + taxon.length()});
        if (!taxon.endsWith(".") && !taxon.contains(" ") && !listed.test(taxon)) {
            words.add(taxon);
        }
    }

    /**
     * True if the mention is a taxon: where it opens a binomial or a taxobox's taxon (also run on into what follows,
     * "Eupithecia varennesi Dietze"), a taxobox's rank, a taxon word alone elsewhere but before a comma and
     * a capitalised word, a place's region ("the streets of Phoenix, Arizona" beside the palm genus Phoenix), or a
     * family's name.
     */
    boolean covers(String text, Mention mention) {
        return words.contains(mention.text()) && !REGION_AFTER.matcher(mention.textAfter(text, 4)).find()
                || FAMILY_NAME.matcher(mention.text()).matches()
                || places.stream().anyMatch(place -> place[0] == mention.start() && place[1] <= mention.end());
    }
}
