package dev.summarizer.tools;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * The average of several perceptron models trained on the same data in different orders: one model whose weight for
 * each feature and outcome is the mean of theirs (parameter mixing, McDonald, Hall and Mann 2010, "Distributed
 * Training Strategies for the Structured Perceptron"). Why: a perceptron's weights depend on the order it reads the
 * data, and runs differ by up to 2.5 points of F1; their mean scores above the average run and costs nothing at run
 * time (models/README.md, "Averaged runs"). Deterministic: each weight is summed in the order of the models, and
 * the result lists features and outcomes in sorted order.
 */
final class ParameterMixing {

    private ParameterMixing() {
    }

    /** The mean of the models' weights; a feature or outcome a model lacks counts as weight 0 there. */
    static PerceptronModel average(List<AbstractModel> models) {
        TreeSet<String> outcomes = new TreeSet<>();
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        for (AbstractModel model : models) {
            Object[] structures = model.getDataStructures();
            @SuppressWarnings("unchecked")
            Map<String, Context> features = (Map<String, Context>) structures[1];
            String[] outcomeNames = (String[]) structures[2];
            outcomes.addAll(List.of(outcomeNames));
            for (Map.Entry<String, Context> feature : features.entrySet()) {
                Map<String, Double> row = weights.computeIfAbsent(feature.getKey(), k -> new TreeMap<>());
                int[] outcomeIds = feature.getValue().getOutcomes();
                double[] parameters = feature.getValue().getParameters();
                for (int k = 0; k < outcomeIds.length; k++) {
                    row.merge(outcomeNames[outcomeIds[k]], parameters[k] / models.size(), Double::sum);
                }
            }
        }
        String[] outcomeNames = outcomes.toArray(String[]::new);
        Map<String, Integer> outcomeIndex = new HashMap<>();
        for (int o = 0; o < outcomeNames.length; o++) {
            outcomeIndex.put(outcomeNames[o], o);
        }
        String[] featureNames = weights.keySet().toArray(String[]::new);
        Context[] parameters = new Context[featureNames.length];
        for (int f = 0; f < featureNames.length; f++) {
            Map<String, Double> row = weights.get(featureNames[f]);
            int[] outcomeIds = new int[row.size()];
            double[] values = new double[row.size()];
            int k = 0;
            // Why sorted by name: outcomeNames is sorted too, so the ids come out ascending, as OpenNLP writes them.
            for (Map.Entry<String, Double> weight : row.entrySet()) {
                outcomeIds[k] = outcomeIndex.get(weight.getKey());
                values[k++] = weight.getValue();
            }
            parameters[f] = new Context(outcomeIds, values);
        }
        return new PerceptronModel(parameters, featureNames, outcomeNames);
    }
}
