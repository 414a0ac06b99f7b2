package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AwardNamesTest {

    /** The first occurrence of {@code name} in {@code text} as a mention of type {@code type}. */
    private static Mention mention(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new Mention(name, start, start + name.length(), 0, type);
    }

    private static boolean award(String text, String name) {
        return AwardNames.isAward(text, mention(text, name, EntityType.PERSON));
    }

    @Test
    void namesEndingInAnAwardWordAreAwards() {
        assertTrue(award("She won the Whitbread Prize in 2004.", "Whitbread Prize"));
        assertTrue(award("nominated at next week's Brit Awards", "Brit Awards"));
        assertTrue(award("the Army Commendation Medal", "Army Commendation Medal"));
        assertFalse(award("He joined the Prize Fund.", "Prize Fund"));
        assertTrue(award("In 1894 he won the Prix de Rome with a cantata.", "Prix de Rome"));
        assertTrue(award("Dorothy Hodgkin, Nobel Prize\u2013winning chemist", "Nobel Prize\u2013winning"));
        assertTrue(award("the Oscar-winning actor Tom Hanks", "Oscar-winning"));
    }

    @Test
    void decorationsTrophiesBillsAndAwardFieldsAreNoNames() {
        assertTrue(award("He received the Navy Cross in 1944.", "Navy Cross"));
        assertTrue(award("awarded the Knight's Cross of the Iron Cross", "Knight's Cross of the Iron Cross"));
        assertFalse(award("The Red Cross opened a clinic.", "Red Cross"));
        assertTrue(award("He was awarded the George Cross in 1941.", "George Cross"));
        assertFalse(award("Gloucester flanker George Cross scored twice.", "George Cross"));
        String posthumous = "He received a posthumous Victoria Cross.";
        assertTrue(AwardNames.isAward(posthumous, mention(posthumous, "Victoria Cross", EntityType.ORGANIZATION)));
        assertFalse(award("a hotel near Charing Cross", "Charing Cross"));
        assertTrue(award("He won the Heisman Trophy in 2006.", "Heisman Trophy"));
        assertTrue(award("Smith sponsored House Bill 1023.", "House Bill"));
        assertFalse(award("In 1885 he toured with Buffalo Bill in Europe.", "Buffalo Bill"));
        assertTrue(award("Born shared the Nobel Prize in Physics with Bothe.", "Physics"));
        assertFalse(award("He won the Booker Prize in London in 2003.", "London"));
    }

    @Test
    void ordersAndNamedHonoursAreNoNames() {
        assertTrue(award("Companion of the Order of the Bath (1916)", "Bath"));
        assertTrue(award("Knight Commander of the Order of the Bath (1919)", "Knight Commander"));
        assertTrue(award("he was made a knight of the Legion of Honour.", "Legion of Honour"));
        assertTrue(award("Croix de Guerre (France)", "Croix de Guerre"));
        assertFalse(award("He moved to Bath in 1920.", "Bath"));
        assertFalse(award("the Order of the Bath was founded by George I", "George I"));
    }

    @Test
    void aNameRightBeforeACapitalisedAwardWordOpensTheAward() {
        assertTrue(award("In 1957, she won the Tony Award for Best Actress.", "Tony"));
        assertTrue(award("received the Hugo Award for Best Non-Fiction Book", "Hugo"));
        assertFalse(award("Microsoft awards the contract to IBM.", "Microsoft"));
        assertFalse(award("five biggest U.S. award seats", "U.S."));
    }

    @Test
    void oneWordAwardsByArticlePossessiveNumberOrAwardWord() {
        assertTrue(award("Brando won an Oscar in 1973.", "Oscar"));
        assertTrue(award("after receiving her Oscar from Jeremy Irons", "Oscar"));
        assertTrue(award("This year's Oscar ceremony will be held on Sunday.", "Oscar"));
        assertTrue(award("Last year\u2019s Oscar went to Eddie Redmayne.", "Oscar"));
        assertTrue(award("Oscar nominee Alan Alda paid tribute.", "Oscar"));
        assertTrue(award("The Oscar nominations do not seem to matter.", "Oscar"));
        assertTrue(award("nominated for Oscars including DiCaprio", "Oscars"));
        assertTrue(award("he was nominated for the Emmy for outstanding actor", "Emmy"));
    }

    @Test
    void aPersonCalledOscarOrEmmyStaysAPerson() {
        assertFalse(award("Chelsea midfielder Oscar scored twice.", "Oscar"));
        assertFalse(award("Oscar said he was happy.", "Oscar"));
        assertFalse(award("Oscar hopes to force his way back into the side.", "Oscar"));
        assertFalse(award("Oscar winning the ball led to the goal.", "Oscar"));
        assertFalse(award("Emmy Rossum stars in the film.", "Emmy Rossum"));
        assertFalse(award("Oscar Pistorius was in court.", "Oscar Pistorius"));
    }

    @Test
    void aOneWordAwardFoundOnceRemovesItsLooseMentionsToo() {
        String text = "Swank won the Golden Globe and Oscar for Boys Don't Cry. Morgan Freeman won an Oscar.";
        int loose = text.indexOf("Oscar");
        int found = text.lastIndexOf("Oscar");
        List<Mention> mentions = new ArrayList<>(List.of(mention(text, "Swank", EntityType.PERSON),
                new Mention("Oscar", loose, loose + 5, 0, EntityType.PERSON),
                mention(text, "Morgan Freeman", EntityType.PERSON),
                new Mention("Oscar", found, found + 5, 1, EntityType.PERSON)));
        AwardNames.remove(text, mentions);
        assertEquals(List.of("Swank", "Morgan Freeman"), mentions.stream().map(Mention::text).toList());
    }

    @Test
    void aNameBeforeAnAwardWordLeavesItsOtherMentionsAlone() {
        String text = "MTV said the MTV Movie Awards will be held in June.";
        int second = text.indexOf("MTV Movie");
        List<Mention> mentions = new ArrayList<>(List.of(mention(text, "MTV", EntityType.ORGANIZATION),
                new Mention("MTV Movie", second, second + 9, 0, EntityType.ORGANIZATION)));
        AwardNames.remove(text, mentions);
        assertEquals(List.of("MTV"), mentions.stream().map(Mention::text).toList());
    }
}
