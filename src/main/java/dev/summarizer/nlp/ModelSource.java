package dev.summarizer.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a model file by name: first in the override directory, then on the classpath (the official model jars
 * keep their model at the jar root, this project's own models are packaged under {@code models/}).
 */
final class ModelSource {

    /** Opens a model stream; the implementation decides how to parse it. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    private final Path overrideDir;

    ModelSource(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /**
     * Loads one model.
     *
     * @throws IllegalStateException Thrown if the model cannot be found or parsed; the message names the path.
     */
    <T> LoadedModel<T> load(String kind, String fileName, Parser<T> parser) {
        Path file = overrideDir.resolve(fileName);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return new LoadedModel<>(kind, file.toString(), parser.parse(in));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Cannot load the " + kind + " model from " + file + ": "
                        + e.getMessage(), e);
            }
        }
        for (String resource : new String[] {fileName, "models/" + fileName}) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    return new LoadedModel<>(kind, "classpath:" + resource, parser.parse(in));
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Cannot load the " + kind + " model from classpath:" + resource
                        + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("No " + kind + " model: neither " + file.toAbsolutePath()
                + " nor classpath:" + fileName + " exists");
    }

    /** A parsed model and where it came from. */
    record LoadedModel<T>(String kind, String location, T model) {
    }
}
