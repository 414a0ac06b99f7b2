package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Mentions written into a test text, and mentions or token spans read back as "text/TYPE", for the rules' tests.
 */
final class TestMentions {

    private TestMentions() {
    }

    /** Every occurrence of each name in {@code text}, in the order of the names, as mentions of type {@code type}. */
    static List<Mention> every(String text, EntityType type, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(name, at, at + name.length(), 0, type));
            }
        }
        return mentions;
    }

    /** The mentions as "text/TYPE", in order. */
    static List<String> typed(List<Mention> mentions) {
        return mentions.stream().map(mention -> mention.text() + "/" + mention.type()).toList();
    }

    /** The spans over the tokens as "words/TYPE", in order ("Paul di Resta/PERSON"). */
    static List<String> typed(String[] tokens, List<Span> spans) {
        return spans.stream().map(span -> String.join(" ", List.of(tokens).subList(span.getStart(), span.getEnd()))
                + "/" + span.getType()).toList();
    }
}
