package dev.summarizer.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A "person" or "place" named right before a word for a group's members names the group, and so do all its
 * mentions: fighters ("Houthi rebels", "Al-Shabaab gunmen") and a club's people ("Chelsea boss Jose Mourinho", "Villa
 * goalkeeper"). In CoNLL train and valid the capitalised word before such a word is never a person (before fighters:
 * MISC 56, ORG 17, LOC 1; before a club's people: MISC 41, ORG 36, LOC 17, the places being national teams, which
 * are left alone). The model reads it as a person where it knows the word as a name ("Chelsea") or it reads like
 * "Obama aides" ("Houthi"), and as a place where it reads like one ("Al-Shabaab"). Such a group is typed as an
 * organisation, which is what a reader of the entity list expects. Measured in models/README.md ("Groups named
 * before their members").
 */
final class GroupMembers {

    private static final Pattern FIGHTERS_AFTER = Pattern.compile("^\\s+(?:rebels|militants|guerrillas|fighters"
            + "|insurgents|militia|militias|militiamen|tribesmen|separatists|gunmen|jihadists)\\b");
    private static final Pattern CLUB_PEOPLE_AFTER = Pattern.compile("^\\s+(?:boss|manager|striker|midfielder"
            + "|defender|goalkeeper|keeper|winger|skipper|side|squad)\\b");
    /** How far after a name the word for members is looked for. */
    private static final int LOOK = 20;

    private GroupMembers() {
    }

    /**
     * {@code mentions} with every mention of a group named before its members typed as an organisation: a "person"
     * before fighters or a club's people, a "place" before fighters ("Al-Shabaab gunmen"; a national team's "England
     * manager" stays a place).
     */
    static List<Mention> retype(String text, List<Mention> mentions) {
        Set<String> groups = mentions.stream()
                .filter(mention -> isGroup(text, mention))
                .map(Mention::text)
                .collect(Collectors.toSet());
        if (groups.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(mention -> mention.type() != EntityType.ORGANIZATION && groups.contains(mention.text())
                        ? new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(),
                                EntityType.ORGANIZATION)
                        : mention)
                .toList();
    }

    private static boolean isGroup(String text, Mention mention) {
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + LOOK));
        return switch (mention.type()) {
            case PERSON -> FIGHTERS_AFTER.matcher(after).find() || CLUB_PEOPLE_AFTER.matcher(after).find();
            case LOCATION -> FIGHTERS_AFTER.matcher(after).find();
            default -> false;
        };
    }
}
