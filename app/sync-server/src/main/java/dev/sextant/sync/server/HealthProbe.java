package dev.sextant.sync.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: {@code HealthProbe URL} exits 0 when {@code GET URL} answers 200 within five seconds,
 * else 1 with the reason on stderr. The image has no shell or curl, so the orchestrator runs this with the image's
 * own java.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("health-probe: usage: HealthProbe URL (for example http://127.0.0.1:8080/health)");
            System.exit(2);
        }
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.err.println("health-probe: " + args[0] + " answered " + response.statusCode() + " " + response.body());
                System.exit(1);
            }
        } catch (IOException e) {
            System.err.println("health-probe: " + args[0] + ": " + e);
            System.exit(1);
        }
    }
}
