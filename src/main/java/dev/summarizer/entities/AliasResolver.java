package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups name mentions into entities. Mentions with the same normalised form (case, dots and titles ignored) are
 * one entity, unless the form is found as two types with at least two mentions each (two senses); then a
 * shorter form joins a longer one when it is
 * <ul>
 *   <li>an acronym of it: "KCNA" and "Korean Central News Agency", "U.S." and "United States" (initials of the
 *       capitalised words, function words skipped); or</li>
 *   <li>the first or last words of a person's name: "Putin" and "Vladimir Putin", "Kim" and "Kim Jong Un"; or</li>
 *   <li>a clipped name of an organisation news writes that way ({@link #CLIPPINGS}): "Fed" and "Federal Reserve",
 *       "Met" and "Metropolitan Police". A table, not a rule: clipping any first word also joined "Fed" to "Federal
 *       Trade Commission", "Penn" to "Pennsylvania State University" and "Star" to "Starbucks Corp".</li>
 * </ul>
 * and of the same majority type ("Chechnya" the place does not join a mistaken person "Lebed Chechnya"). When
 * several longer forms qualify, the one mentioned most often wins (then the earliest). The entity's name is the
 * form with the most words, its type the vote of all its mentions.
 *
 * <p>Why two senses: the same form can name two things in one article ("Nice" the club and the city in a results
 * table, "Jordan" the driver and the country), and a plain vote turns every mention of one into the other; a
 * single odd mention, though, is far more often the name finder's slip, which the vote corrects.
 *
 * <p>Pure and deterministic: groups are visited in order of first mention.
 */
public final class AliasResolver {

    /** Clipped names of organisations in news (lower case) and the full names each stands for. */
    private static final Map<String, Set<String>> CLIPPINGS = Map.of(
            "fed", Set.of("federal reserve", "federal reserve board", "federal reserve system"),
            "met", Set.of("metropolitan police", "metropolitan police service"));

    private AliasResolver() {
    }

    /** A resolved entity before salience: its name, type, surface forms and mentions in document order. */
    public record Group(String name, EntityType type, List<String> aliases, List<Mention> mentions) {
    }

    /** Groups normalised mentions (as {@link NameFinder} gives them), in order of first mention. */
    public static List<Group> resolve(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> typesOfForm = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            typesOfForm.computeIfAbsent(key(mention.text()), k -> new EnumMap<>(EntityType.class))
                    .merge(mention.type(), 1, Integer::sum);
        }
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String text = key(mention.text());
            EntityType sense = TypeVotes.senseOf(mention.type(), typesOfForm.get(text));
            forms.computeIfAbsent(sense + " " + text, k -> new Form(mention.text())).mentions.add(mention);
        }
        List<Form> ordered = new ArrayList<>(forms.values());
        int[] parent = new int[ordered.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < ordered.size(); i++) {
            int target = bestLongerForm(ordered, i);
            if (target >= 0) {
                parent[i] = target;
            }
        }
        Map<Integer, List<Form>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(ordered.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (List<Form> members : byRoot.values()) {
            groups.add(toGroup(members));
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** The longer form that form {@code i} is an alias of, or -1. */
    private static int bestLongerForm(List<Form> forms, int i) {
        Form form = forms.get(i);
        String acronym = acronymOf(form.surface);
        int best = -1;
        for (int j = 0; j < forms.size(); j++) {
            Form other = forms.get(j);
            boolean sameType = other.majorityType() == form.majorityType();
            if (j == i || other.words.length <= form.words.length || !sameType && !isInitialledSurname(form, other)) {
                continue;
            }
            boolean person = other.majorityType() == EntityType.PERSON;
            boolean matches = !sameType || acronym != null && acronym.equals(Initials.of(other.words))
                    || acronym == null && person && isNamePart(form.words, other.words)
                    || other.majorityType() == EntityType.ORGANIZATION && isClipping(form.surface, other.surface);
            if (matches && (best < 0 || other.mentions.size() > forms.get(best).mentions.size())) {
                best = j;
            }
        }
        return best;
    }

    /**
     * True if the short form is a person's one-word name and the long one is initials and that name ("King" of "B.B.
     * King", which the model, reading "Blues legend B.B. King", typed as an organisation): the two are one person,
     * typed by the vote of all their mentions.
     */
    private static boolean isInitialledSurname(Form form, Form other) {
        if (form.majorityType() != EntityType.PERSON || form.words.length != 1
                || !other.words[other.words.length - 1].equals(form.words[0])) {
            return false;
        }
        for (int k = 0; k < other.words.length - 1; k++) {
            if (!Initials.areDotted(other.words[k])) {
                return false;
            }
        }
        return true;
    }

    /** The letters of an upper-case, single-word form of 2 to 6 letters ("U.S." gives "US"), else null. */
    private static String acronymOf(String surface) {
        String letters = surface.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6) {
            return null;
        }
        for (int c = 0; c < letters.length(); c++) {
            if (!Character.isUpperCase(letters.charAt(c))) {
                return null;
            }
        }
        return letters;
    }

    /** True if the short words are the first or the last words of the long name. */
    private static boolean isNamePart(String[] shortWords, String[] longWords) {
        boolean prefix = true;
        boolean suffix = true;
        int offset = longWords.length - shortWords.length;
        for (int k = 0; k < shortWords.length; k++) {
            prefix &= shortWords[k].equalsIgnoreCase(longWords[k]);
            suffix &= shortWords[k].equalsIgnoreCase(longWords[offset + k]);
        }
        return prefix || suffix;
    }

    /** True if the short form is a listed clipping of the long name ("Fed" or "FED" of "Federal Reserve Board"). */
    private static boolean isClipping(String surface, String longSurface) {
        Set<String> fullNames = CLIPPINGS.get(surface.toLowerCase(Locale.ROOT));
        return fullNames != null && fullNames.contains(key(longSurface));
    }

    private static Group toGroup(List<Form> members) {
        List<Mention> mentions = new ArrayList<>();
        for (Form member : members) {
            mentions.addAll(member.mentions);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        Form fullest = members.stream()
                .max(Comparator.<Form>comparingInt(f -> f.words.length)
                        .thenComparingInt(f -> f.mentions.size())
                        .thenComparing(f -> -f.mentions.get(0).start()))
                .orElseThrow();
        EntityType type = TypeVotes.majority(mentions, fullest.majorityType());
        List<String> aliases = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!aliases.contains(mention.text())) {
                aliases.add(mention.text());
            }
        }
        return new Group(fullest.surface, type, aliases, mentions);
    }

    private static String key(String surface) {
        return String.join(" ", words(surface.replace(".", "").toLowerCase(Locale.ROOT)));
    }

    private static String[] words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** All mentions sharing one normalised form. */
    private static final class Form {
        final String surface;
        final String[] words;
        final List<Mention> mentions = new ArrayList<>();
        private EntityType majorityType;

        Form(String surface) {
            this.surface = surface;
            this.words = words(surface);
        }

        /** The vote of the form's mentions (ties to the first mention's type); asked once all mentions are in. */
        EntityType majorityType() {
            if (majorityType == null) {
                majorityType = TypeVotes.majority(mentions, mentions.get(0).type());
            }
            return majorityType;
        }
    }
}
