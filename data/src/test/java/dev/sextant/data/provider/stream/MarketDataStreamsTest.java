package dev.sextant.data.provider.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.settings.Setting;
import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.spi.MarketDataStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MarketDataStreamsTest {

    /** Settings held in a map. */
    private record MapSettings(Map<String, String> values) implements SettingsStore {

        MapSettings(String... pairs) {
            this(new TreeMap<>());
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void set(String name, String value) {
            values.put(name, value);
        }

        @Override
        public List<Setting> list() {
            return values.entrySet().stream().map(e -> new Setting(e.getKey(), e.getValue())).toList();
        }
    }

    @Test
    void alpacaIsBundledFirstAndEachLookupGivesANewUnstartedStream() {
        MarketDataStreams streams = MarketDataStreams.fromSettings(new MapSettings());

        MarketDataStream a = streams.byId("alpaca");
        MarketDataStream b = streams.byId("alpaca");

        assertThat(streams.ids()).containsExactly("alpaca");
        assertThat(a).isInstanceOf(AlpacaStream.class).isNotSameAs(b);
        assertThat(a.description()).isEqualTo("Alpaca market data (IEX feed)");
        assertThat(streams.all()).extracting(MarketDataStream::id).containsExactly("alpaca");
    }

    @Test
    void theSettingsChooseFeedUrlsKeysAndLimits() {
        AlpacaSettings s = AlpacaSettings.from(new MapSettings("provider.alpaca.key-id", " PKID ", "provider.alpaca.secret",
                "SEC", "provider.alpaca.feed", "sip", "provider.alpaca.stream-url", "wss://example.test/v2/",
                "provider.alpaca.url", "https://rest.example.test", "provider.alpaca.delayed-after-seconds", "90",
                "provider.alpaca.buffer-bars", "500"));

        assertThat(s.socketUrl()).isEqualTo("wss://example.test/v2/sip");
        assertThat(s.restUrl().host()).isEqualTo("rest.example.test");
        assertThat(s.keyId()).isEqualTo("PKID");
        assertThat(s.hasKeys()).isTrue();
        assertThat(s.delayedAfter()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.bufferCapacity()).isEqualTo(500);
        assertThat(s.toString()).doesNotContain("SEC").doesNotContain("PKID").contains("keys=set");
        assertThat(Setting.isSecret(AlpacaSettings.KEY_ID)).as("settings list masks the key id").isTrue();
        assertThat(Setting.isSecret(AlpacaSettings.SECRET)).as("settings list masks the secret").isTrue();
        assertThat(MarketDataStreams.fromSettings(new MapSettings("provider.alpaca.feed", "sip")).byId("alpaca").description())
                .isEqualTo("Alpaca market data (SIP feed)");
    }

    @Test
    void theDefaultsAreAlpacasPublicEndpointsAndTheIexFeed() {
        AlpacaSettings s = AlpacaSettings.from(new MapSettings());

        assertThat(s.socketUrl()).isEqualTo("wss://stream.data.alpaca.markets/v2/iex");
        assertThat(s.restUrl().toString()).isEqualTo("https://data.alpaca.markets/");
        assertThat(s.hasKeys()).isFalse();
        assertThat(s.delayedAfter()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void badSettingsAreRefusedNamingTheSettingAndValue() {
        assertThatThrownBy(() -> AlpacaSettings.from(new MapSettings("provider.alpaca.feed", "crypto")))
                .hasMessage("provider.alpaca.feed = 'crypto' is not a feed (known: iex, sip)");
        assertThatThrownBy(() -> AlpacaSettings.from(new MapSettings("provider.alpaca.stream-url", "https://x.test")))
                .hasMessage("provider.alpaca.stream-url = 'https://x.test' is not a ws:// or wss:// URL");
        assertThatThrownBy(() -> AlpacaSettings.from(new MapSettings("provider.alpaca.url", "data.alpaca")))
                .hasMessage("provider.alpaca.url = 'data.alpaca' is not an http(s) URL");
        assertThatThrownBy(() -> AlpacaSettings.from(new MapSettings("provider.alpaca.delayed-after-seconds", "soon")))
                .hasMessage("setting provider.alpaca.delayed-after-seconds = 'soon' is not a whole number");
        assertThatThrownBy(() -> AlpacaSettings.from(new MapSettings("provider.alpaca.buffer-bars", "0")))
                .hasMessage("provider.alpaca.buffer-bars must be at least 1, not 0");
    }

    @Test
    void anUnknownStreamIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> MarketDataStreams.fromSettings(new MapSettings()).byId("polygon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown market-data stream 'polygon' (known: [alpaca])");
    }
}
