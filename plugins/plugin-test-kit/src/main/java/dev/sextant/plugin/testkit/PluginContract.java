package dev.sextant.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.spi.SextantApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract of a plugin's entry point: it describes itself, needs an API this workstation
 * supports, registers without failing and without clashing ids, and is listed for
 * {@link java.util.ServiceLoader}. Extend it and return your plugin from {@link #plugin()}.
 */
public abstract class PluginContract {

    protected abstract SextantPlugin plugin();

    @Test
    void descriptorIsCompleteAndTheApiIsSupported() {
        PluginDescriptor d = plugin().descriptor();
        assertNotNull(d, "descriptor");
        assertTrue(SextantApi.supports(d.apiVersion()),
                "built for API " + d.apiVersion() + " but the workstation has " + SextantApi.VERSION);
    }

    @Test
    void registersWithoutFailingAndContributesSomething() {
        RecordingRegistrar r = register();
        int all = r.strategies.size() + r.indicators.size() + r.marketData.size() + r.signalSinks.size() + r.commands.size();
        assertTrue(all > 0, "the plugin registers nothing");
    }

    @Test
    void idsAreUniqueWithinThePlugin() {
        RecordingRegistrar r = register();
        assertUnique("strategy", r.strategies.stream().map(s -> s.id()).toList());
        assertUnique("indicator", r.indicators.stream().map(i -> i.name()).toList());
        assertUnique("market-data provider", r.marketData.stream().map(m -> m.id()).toList());
        assertUnique("command", r.commands.stream().map(c -> c.name()).toList());
    }

    @Test
    void isListedForTheServiceLoader() throws IOException {
        String file = "META-INF/services/" + SextantPlugin.class.getName();
        try (InputStream in = plugin().getClass().getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(Stream.of(text.split("\\R")).map(String::trim).anyMatch(plugin().getClass().getName()::equals),
                    file + " does not list " + plugin().getClass().getName());
        }
    }

    /** Registers a fresh plugin with a {@link TestPluginContext}. */
    protected RecordingRegistrar register() {
        SextantPlugin p = plugin();
        RecordingRegistrar r = new RecordingRegistrar();
        assertDoesNotThrow(() -> p.register(r, new TestPluginContext(p.descriptor())), "register");
        return r;
    }

    private static void assertUnique(String what, List<String> ids) {
        assertEquals(ids.stream().distinct().count(), ids.size(), what + " ids repeat: " + ids);
    }
}
