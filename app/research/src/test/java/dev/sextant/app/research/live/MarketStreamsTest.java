package dev.sextant.app.research.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.engine.live.ReplayStream;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bundled streams come before the plugins' ones; an unknown id names the known ones. */
class MarketStreamsTest {

    private static MarketStreamFactory factory(String id) {
        return new MarketStreamFactory() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return id + " test stream";
            }

            @Override
            public MarketDataStream open() {
                PriceColumns one = new PriceColumns("X", Timeframe.MINUTE_1, new long[] {0}, new double[] {1},
                        new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1});
                return new ReplayStream(List.of(one), Instant.EPOCH, Instant.ofEpochSecond(60),
                        ReplayStream.AS_FAST_AS_POSSIBLE, nanos -> { });
            }
        };
    }

    @Test
    void listsBundledThenPluginStreamsAndNamesTheKnownOnesForAnUnknownId() {
        MarketStreams streams = new MarketStreams(List.of(factory("alpaca")), List.of(factory("acme")));
        assertThat(streams.all()).extracting(MarketStreamFactory::id).containsExactly("alpaca", "acme");
        assertThat(streams.require("acme").description()).isEqualTo("acme test stream");
        assertThat(streams.byId("polygon")).isEmpty();
        assertThatThrownBy(() -> streams.require("polygon"))
                .hasMessage("unknown stream provider 'polygon'; known: alpaca, acme");
    }
}
