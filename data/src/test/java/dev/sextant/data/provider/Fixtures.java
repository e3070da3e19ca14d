package dev.sextant.data.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** Provider answers in their real shapes, from {@code src/test/resources/providers}. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/providers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json;charset=utf-8").body(body).build();
    }

    static MockResponse ok(String fixture) {
        return json(200, text(fixture));
    }

    static MockResponse csv(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv").body(body).build();
    }

    static MockResponse text(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build();
    }
}
