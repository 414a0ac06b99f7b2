package dev.summarizer.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class ParameterMixingTest {

    private static double weight(AbstractModel model, String feature, String outcome) {
        Object[] structures = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Context context = ((Map<String, Context>) structures[1]).get(feature);
        String[] outcomes = (String[]) structures[2];
        for (int k = 0; k < context.getOutcomes().length; k++) {
            if (outcomes[context.getOutcomes()[k]].equals(outcome)) {
                return context.getParameters()[k];
            }
        }
        return 0;
    }

    @Test
    void weightsAreTheMeanByFeatureAndOutcomeNameWhateverTheOrderOfOutcomes() {
        // The same outcomes in another order, and a feature only the second model has.
        PerceptronModel first = new PerceptronModel(
                new Context[] {new Context(new int[] {0, 1}, new double[] {2, -4})},
                new String[] {"w=Putin"}, new String[] {"person-start", "other"});
        PerceptronModel second = new PerceptronModel(
                new Context[] {new Context(new int[] {0, 1}, new double[] {6, 1}),
                    new Context(new int[] {1}, new double[] {3})},
                new String[] {"w=Putin", "w=Kremlin"}, new String[] {"other", "person-start"});

        PerceptronModel mixed = ParameterMixing.average(List.of(first, second));

        assertEquals((2 + 1) / 2.0, weight(mixed, "w=Putin", "person-start"), 1e-12);
        assertEquals((-4 + 6) / 2.0, weight(mixed, "w=Putin", "other"), 1e-12);
        assertEquals(3 / 2.0, weight(mixed, "w=Kremlin", "person-start"), 1e-12);
        assertEquals(0, weight(mixed, "w=Kremlin", "other"), 1e-12);
        assertEquals(2, mixed.getNumOutcomes());
        // The mixed model scores like the mean of the weights: "w=Putin" favours a person start (1.5 > 1.0).
        double[] scores = mixed.eval(new String[] {"w=Putin"});
        assertEquals("person-start", mixed.getBestOutcome(scores));
        assertArrayEquals(new String[] {"other", "person-start"},
                new String[] {mixed.getOutcome(0), mixed.getOutcome(1)});
    }

    @Test
    void theMixedModelIsWrittenAndReadBackAsTheSameModel() throws IOException {
        PerceptronModel first = new PerceptronModel(
                new Context[] {new Context(new int[] {0, 1}, new double[] {2, -4})},
                new String[] {"w=Putin"}, new String[] {"person-start", "other"});
        PerceptronModel second = new PerceptronModel(
                new Context[] {new Context(new int[] {0}, new double[] {1}),
                    new Context(new int[] {1}, new double[] {3})},
                new String[] {"w=Putin", "w=Kremlin"}, new String[] {"other", "person-start"});
        PerceptronModel mixed = ParameterMixing.average(List.of(first, second));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new GenericModelWriter(mixed, out).persist();
        }
        AbstractModel read = new GenericModelReader(new BinaryFileDataReader(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))).getModel();

        for (String[] context : new String[][] {{"w=Putin"}, {"w=Kremlin"}, {"w=Putin", "w=Kremlin"}}) {
            assertArrayEquals(mixed.eval(context), read.eval(context), 1e-12);
        }
        assertEquals(1.5, weight(read, "w=Kremlin", "person-start"), 1e-12);
    }
}
