package dev.summarizer.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The packaged build writes Kubernetes manifests with probes, resources and the autoscaler. */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");

    @Test
    void manifestHasProbesResourcesAndAutoscaler() throws IOException {
        String manifest = Files.readString(MANIFEST);
        assertTrue(manifest.contains("kind: Deployment"), manifest);
        assertTrue(manifest.contains("path: /q/health/ready"), "readiness probe");
        assertTrue(manifest.contains("path: /q/health/live"), "liveness probe");
        assertTrue(manifest.contains("replicas: 2"));
        assertTrue(manifest.contains("cpu: 500m") && manifest.contains("memory: 768Mi"), "requests and limits");
        assertTrue(manifest.contains("kind: HorizontalPodAutoscaler")
                && manifest.contains("averageUtilization: 70"), "autoscaler on CPU");
    }
}
