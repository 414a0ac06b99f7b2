package dev.summarizer.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The nouns that say what kind of thing a name is ("band", "city", "retailer") and the type each gives: the head of a
 * defining sentence's description ({@link DefiningSentences}).
 */
final class ClassNouns {

    private static final Map<String, EntityType> CLASS_NOUNS = new HashMap<>();
    /**
     * Class nouns that also make figures of speech ("Hezbollah is a state within a state", "Smith is a party to
     * the lawsuit"): they define a name only after a modifier ("a sovereign state", "a political party").
     */
    private static final Set<String> FIGURATIVE_NOUNS = Set.of("state", "party", "parties", "square", "union");
    /**
     * Nouns of works: their titles are no person, place or organisation ({@link DefiningSentences#work}). Not
     * "single" ("a single mother"), "play", "show" or "comic" ("a comic known for"), which have other senses.
     */
    private static final Set<String> WORK_NOUNS = Set.of("film", "movie", "album", "song", "novel", "book", "opera",
            "musical", "documentary", "sitcom", "series", "miniseries", "EP", "mixtape", "soundtrack", "poem",
            "painting", "sculpture", "videogame", "game", "ballet", "symphony", "manga", "anime",
            "telenovela");

    /**
     * Nouns of things named after people and places: craft, storms, vaccines, languages ("Rosetta was a space
     * probe", "Swahili is a Bantu language"). CoNLL annotates them as MISC, UNER not at all; unlike a work's title,
     * the one word that names such a thing is the thing wherever the text repeats it ({@link DefinedWorks}).
     */
    private static final Set<String> THING_NOUNS = Set.of("probe", "spacecraft", "satellite", "lander", "rover",
            "rocket", "aircraft", "airliner", "locomotive", "warship", "battleship", "destroyer", "frigate",
            "submarine", "racehorse", "hurricane", "typhoon", "cyclone", "vaccine", "language", "dialect");

    /** Nouns that name a place only after these modifiers, as "modifier noun". */
    private static final Set<String> QUALIFIED_PLACE_NOUNS = Set.of("unincorporated community", "rural community",
            "planned community", "census-designated place", "designated place", "populated place",
            "unincorporated area", "census town");

    static {
        classify(EntityType.PERSON, "actor actress singer songwriter singer-songwriter rapper musician "
                + "guitarist bassist "
                + "drummer pianist composer conductor violinist cellist saxophonist trumpeter vocalist director "
                + "filmmaker screenwriter playwright writer author novelist poet journalist columnist "
                + "presenter comedian cartoonist animator illustrator painter sculptor artist photographer "
                + "architect designer dancer choreographer politician statesman diplomat lawyer judge jurist "
                + "economist historian philosopher scientist physicist chemist biologist mathematician astronomer "
                + "engineer inventor physician surgeon psychologist sociologist linguist anthropologist "
                + "archaeologist theologian professor scholar businessman businesswoman entrepreneur banker "
                + "investor philanthropist activist footballer cricketer golfer boxer wrestler cyclist swimmer "
                + "athlete sprinter skier skater jockey pitcher outfielder infielder quarterback linebacker "
                + "goalkeeper midfielder striker coach referee sailor soldier admiral commander "
                + "priest bishop monk nun rabbi imam missionary explorer aviator astronaut emperor monarch "
                + "nobleman noblewoman aristocrat");
        classify(EntityType.ORGANIZATION, "band bands duo trio quartet quintet ensemble orchestra choir "
                + "company companies "
                + "corporation conglomerate firm manufacturer manufacturers automaker carmaker retailer retailers "
                + "airline airlines bank banks insurer publisher newspaper newspapers magazine tabloid label "
                + "studio brand subsidiary agency organization organisation charity foundation association "
                + "society institute university universities college school academy club clubs team teams "
                + "party parties union federation council ministry committee commission cooperative consortium "
                + "startup militia regiment battalion brigade squadron");
        classify(EntityType.LOCATION, "city cities town towns village villages hamlet suburb neighbourhood "
                + "neighborhood "
                + "borough municipality commune comune parish township county district province prefecture "
                + "region state country countries nation republic island islands islet archipelago atoll "
                + "peninsula river rivers stream creek tributary lake lakes reservoir bay gulf sea ocean strait "
                + "mountain mountains peak volcano hill valley glacier desert forest capital metropolis port "
                + "seaport settlement locality territory airport stadium arena bridge cathedral castle "
                + "palace skyscraper street road highway square viaduct aqueduct tunnel canal abbey priory monastery "
                + "lighthouse observatory");
    }

    private static void classify(EntityType type, String nouns) {
        for (String noun : nouns.split(" ")) {
            CLASS_NOUNS.put(noun, type);
        }
    }

    private ClassNouns() {
    }

    /**
     * The type this class noun gives a name after the word before it: also the nouns that name a place only with
     * their modifier ("an unincorporated community", "a census-designated place", "a populated place"; not "a
     * religious community" or "a place of worship").
     */
    static EntityType typeOf(String noun, String before) {
        EntityType type = CLASS_NOUNS.get(noun);
        return type != null ? type : QUALIFIED_PLACE_NOUNS.contains(before + " " + noun) ? EntityType.LOCATION : null;
    }

    /** True for a noun of a work ("film", "album", "novel"). */
    static boolean isWork(String noun) {
        return WORK_NOUNS.contains(noun);
    }

    /** True for a noun of a thing named after people and places ("probe", "hurricane", "vaccine"). */
    static boolean isThing(String noun) {
        return THING_NOUNS.contains(noun);
    }

    /** True for a class noun that defines a name only after a modifier ("a sovereign state"). */
    static boolean isFigurative(String noun) {
        return FIGURATIVE_NOUNS.contains(noun);
    }
}
