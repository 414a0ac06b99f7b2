package dev.summarizer.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import dev.summarizer.Fixtures;
import dev.summarizer.analysis.Analysis;
import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.entities.EntityType;
import dev.summarizer.summarize.LengthBudget;
import org.junit.jupiter.api.Test;

class StandalonePipelineTest {

    @Test
    void toolsGetTheServicePipelineAndConfiguration() {
        StandalonePipeline pipeline = StandalonePipeline.create();
        assertEquals(200_000, pipeline.config().limits().maxChars());
        String text = Fixtures.article("nk-russia-treaty.txt");
        Analysis analysis = pipeline.analyzer().analyze(new AnalysisRequest(text, null, LengthBudget.sentences(3),
                false, 15, EnumSet.allOf(EntityType.class), 10, null, 0));
        assertEquals(3, analysis.summary().size());
        assertTrue(analysis.entities().stream().anyMatch(e -> e.name().equals("Vladimir Putin")));
    }
}
