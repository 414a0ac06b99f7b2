package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Call signs of North American radio and television stations ("WKLR-FM", "WXKE", "KHTS") in a text about
 * broadcasting: the model, having seen few, leaves most of them out ("WKLR-FM (97.3 FM) is a commercial radio
 * station" lost its subject six times in a probe's article) or types one as a person. A station is an organisation
 * (WikiANN train: 53 of its 67 call-sign-shaped words open one; 12 are unlabelled page-title fragments). Only
 * where the text speaks of stations or call signs: elsewhere such words are acronyms and headlines ("WER", "KIA" in
 * CoNLL).
 */
final class CallSigns {

    /** K or W and two or three more capitals, maybe with the band ("-FM", "-TV", "-LP"). */
    private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{2,3}(?:-(?:FM|AM|TV|LP|CD|DT|LD))?");
    /** Words of broadcasting, lower case, that a text about a station holds. */
    private static final Pattern BROADCASTING = Pattern.compile(
            "\\b(?:radio station|television station|tv station|call sign|call letters|broadcasts? on)\\b");
    /** Call-sign-shaped words that are something else. */
    private static final Set<String> NOT_STATIONS = Set.of("WWII", "WWI", "WHO", "WTO", "KGB", "WWE", "WWF", "WMD",
            "WMDS", "KJV", "KKK", "WASP", "WTF", "WBA", "WBC", "WBO", "WNBA", "WPA", "KPI", "KPIS");

    private CallSigns() {
    }

    /** The mentions, with call signs as organisations if the text is about broadcasting. */
    static List<Mention> typed(String text, List<NameFinderInput.Unit> units, List<Mention> mentions) {
        if (!BROADCASTING.matcher(text).find()) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            typed.add(isCallSign(mention.text()) && mention.type() != EntityType.ORGANIZATION
                    ? mention.withType(EntityType.ORGANIZATION)
                    : mention);
        }
        for (NameFinderInput.Unit unit : units) {
            String[] tokens = unit.tokens();
            for (int t = 0; t < tokens.length; t++) {
                int start = unit.starts()[t];
                int end = unit.ends()[t];
                if (isCallSign(tokens[t]) && typed.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    typed.add(new Mention(tokens[t], start, end, unit.sentences()[t], EntityType.ORGANIZATION));
                }
            }
        }
        typed.sort(Comparator.comparingInt(Mention::start));
        return typed;
    }

    private static boolean isCallSign(String word) {
        return CALL_SIGN.matcher(word).matches() && !NOT_STATIONS.contains(word);
    }
}
