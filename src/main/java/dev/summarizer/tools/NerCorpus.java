package dev.summarizer.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the NER corpora under {@code ../shared/data/ner} into documents of tagged sentences. Formats, told apart
 * by their lines: CoNLL-2003 ({@code WORD POS CHUNK TAG}, documents start at {@code -DOCSTART-}), UNER
 * ({@code INDEX TAB WORD TAB TAG TAB - TAB -}, documents start at {@code # newdoc}), WikiANN
 * ({@code en:WORD TAB TAG}, every sentence its own document). Tags are IOB1 or IOB2.
 */
final class NerCorpus {

    /** One sentence: tokens and their tags. */
    record TaggedSentence(String[] tokens, String[] tags) {
    }

    private NerCorpus() {
    }

    static List<List<TaggedSentence>> readDocuments(Path file) throws IOException {
        List<List<TaggedSentence>> documents = new ArrayList<>();
        List<TaggedSentence> document = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean sentencePerDocument = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean newDocument = line.startsWith("-DOCSTART-") || line.startsWith("# newdoc");
            if (line.isBlank() || newDocument) {
                if (!tokens.isEmpty()) {
                    document.add(new TaggedSentence(tokens.toArray(String[]::new), tags.toArray(String[]::new)));
                    tokens.clear();
                    tags.clear();
                    if (sentencePerDocument) {
                        documents.add(document);
                        document = new ArrayList<>();
                    }
                }
                if (newDocument && !document.isEmpty()) {
                    documents.add(document);
                    document = new ArrayList<>();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.contains("\t") ? line.split("\t") : line.split(" ");
            String word;
            if (columns.length == 5 && columns[0].chars().allMatch(Character::isDigit)) {
                word = columns[1];
                tags.add(columns[2]);
            } else {
                word = columns[0];
                tags.add(columns[columns.length - 1]);
            }
            if (word.startsWith("en:")) {
                word = word.substring(3);
                sentencePerDocument = true;
            }
            tokens.add(word);
        }
        if (!tokens.isEmpty()) {
            document.add(new TaggedSentence(tokens.toArray(String[]::new), tags.toArray(String[]::new)));
        }
        if (!document.isEmpty()) {
            documents.add(document);
        }
        return documents;
    }

    /** Entity spans [start, end, typeIndex) of IOB1/IOB2 tags; the type is the text after the dash. */
    static List<Object[]> spans(String[] tags) {
        List<Object[]> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String name = prefix.equals("O") ? null : tag.substring(2);
            boolean begins = prefix.equals("B") || (prefix.equals("I") && !name.equals(type));
            if (start >= 0 && (prefix.equals("O") || begins)) {
                spans.add(new Object[] {start, i, type});
                start = -1;
                type = null;
            }
            if (begins) {
                start = i;
                type = name;
            }
        }
        return spans;
    }
}
