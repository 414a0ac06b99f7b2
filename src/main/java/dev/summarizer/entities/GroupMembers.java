package dev.summarizer.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A "person" named right before a word for a group's members names the group, and so do all its mentions: fighters
 * ("Houthi rebels", "Tamil guerrillas") and a club's people ("Chelsea boss Jose Mourinho", "Villa goalkeeper"). In
 * CoNLL train and valid the capitalised word before such a word is never a person (before fighters: MISC 56, ORG 17,
 * LOC 1; before a club's people: MISC 41, ORG 36, LOC 17, the places being national teams). The model reads it as a
 * person where it knows the word as a name ("Chelsea") or it reads like "Obama aides" ("Houthi"). Such a group is
 * typed as an organisation, which is what a reader of the entity list expects. Measured in models/README.md ("Groups
 * named before their members").
 */
final class GroupMembers {

    private static final Pattern MEMBERS_AFTER = Pattern.compile("^\\s+(?:rebels|militants|guerrillas|fighters"
            + "|insurgents|militia|militias|militiamen|tribesmen|separatists|gunmen|jihadists"
            + "|boss|manager|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|side|squad)\\b");
    /** How far after a name the word for members is looked for. */
    private static final int LOOK = 20;

    private GroupMembers() {
    }

    /** {@code mentions} with every mention of a "person" named before a word for members typed as an organisation. */
    static List<Mention> retype(String text, List<Mention> mentions) {
        Set<String> groups = mentions.stream()
                .filter(mention -> mention.type() == EntityType.PERSON && MEMBERS_AFTER.matcher(text.substring(mention.end(),
                                Math.min(text.length(), mention.end() + LOOK))).find())
                .map(Mention::text)
                .collect(Collectors.toSet());
        if (groups.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(mention -> mention.type() == EntityType.PERSON && groups.contains(mention.text())
                        ? new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(),
                                EntityType.ORGANIZATION)
                        : mention)
                .toList();
    }
}
