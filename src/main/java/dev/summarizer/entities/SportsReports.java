package dev.summarizer.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an article reads like a sports report, where a town's name is mostly its club ("Bradford 1 Tranmere 0",
 * "Swansea beat Cardiff"), an organisation in CoNLL's annotation. Everywhere else a listed town the model types as an
 * organisation is mostly the town (models/README.md, "Towns outside sports reports"). Two words of sport, or a
 * score ("2-1"), are enough: a false alarm only keeps the model's own type.
 */
final class SportsReports {

    /** Words that rarely appear outside sport; "win", "game", "team" and "title" are common in other news too. */
    private static final Set<String> WORDS = Set.of("match", "matches", "goal", "goals", "scored", "scorer",
            "league", "cup", "club", "clubs", "championship", "champions", "striker", "midfielder", "defender",
            "goalkeeper", "coach", "innings", "wicket", "wickets", "cricket", "rugby", "soccer", "football",
            "baseball", "hockey", "basketball", "tennis", "golf", "premiership", "halftime", "half-time",
            "semi-final", "semi-finals", "quarter-final", "quarter-finals", "fixture", "fixtures", "season",
            "player", "players", "squad", "v", "vs", "vs.", "olympic", "olympics", "tournament", "medal", "racing",
            "race", "standings", "playoff", "playoffs", "play-off", "play-offs");
    private static final Set<String> WORDS_BESIDES_VERSUS = WORDS.stream()
            .filter(word -> !word.equals("v") && !word.startsWith("vs")).collect(Collectors.toUnmodifiableSet());
    /** A score or a result: "2-1", "3-0". */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");
    private static final int EVIDENCE = 2;
    /** Fewer tokens than this cannot show that a text is no sports report. */
    private static final int MIN_TOKENS = 40;

    private SportsReports() {
    }

    /** True if the units hold 40 tokens or more and fewer than two words of sport or scores. */
    static boolean excludes(List<NameFinderInput.Unit> units) {
        return isLongEnoughToTell(units) && !shows(units);
    }

    /** True if the units hold 40 tokens or more: enough to tell that a text is no sports report. */
    static boolean isLongEnoughToTell(List<NameFinderInput.Unit> units) {
        return units.stream().mapToInt(unit -> unit.tokens().length).sum() >= MIN_TOKENS;
    }

    /** True if the units hold two or more words of sport or scores, however short the text. */
    static boolean shows(List<NameFinderInput.Unit> units) {
        int evidence = 0;
        for (NameFinderInput.Unit unit : units) {
            for (String token : unit.tokens()) {
                if ((WORDS.contains(token.toLowerCase(Locale.ROOT)) || SCORE.matcher(token).matches())
                        && ++evidence >= EVIDENCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a word of sport other than "v" and "vs", in lower case ("match", "innings"). */
    static boolean isSportWord(String lowerCaseWord) {
        return WORDS_BESIDES_VERSUS.contains(lowerCaseWord);
    }
}
