package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.backtest.AccountRules;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.ExitMode;
import dev.sextant.engine.backtest.FeeModel;
import dev.sextant.engine.backtest.FillTiming;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.SlippageModel;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON form of a preset: what a file resolves to, field by field, and one-line errors naming file, field and value. */
class PresetJsonTest {

    private static final StrategyCatalog STRATEGIES = StrategyCatalog.load();

    /** A small preset typed by hand; every value below is read off this text, not computed by the code under test. */
    private static final String SMALL = """
            {
              "schema": 1,
              "name": "small-swing",
              "version": 3,
              "description": "hand-made",
              "strategy": "dwap-breakout",
              "params": {"period": 50, "stopLoss": 0.05, "trailingStop": 0},
              "simulation": {"capital": 50000, "sizing": "fixed-amount:5000", "max_positions": 4, "fill": "same-close",
                             "exit_mode": "close-only", "fractional": true, "reentry": "same-close", "returns": "price",
                             "commission": "bps:5"},
              "entry_rules": {"market_filter": "SPY:sma200:2", "circuit_breaker": "2:5:stop"}
            }
            """;

    @Test
    void aPresetResolvesToExactlyTheRequestFieldsItsFileStates() {
        Preset p = PresetJson.read(SMALL, "small.json", STRATEGIES);

        BacktestRequest got = p.request(List.of("AAA", "BBB")).build();

        BacktestRequest byHand = BacktestRequest.builder("dwap-breakout", List.of("AAA", "BBB"))
                .params(Map.of("period", 50, "stopLoss", 0.05, "trailingStop", 0.0))
                .capital(50_000).sizing(new SizingRule.FixedAmount(5_000)).maxPositions(4)
                .fill(FillTiming.SAME_CLOSE).exitMode(ExitMode.CLOSE_ONLY)
                .commission(FeeModel.parse("bps:5")).slippage(SlippageModel.none())
                .account(new AccountRules(true, 1, true, ReturnMode.PRICE))
                .preset("small-swing@3").build();
        assertThat(got).isEqualTo(byHand);
        assertThat(p.rules()).isEqualTo(new EntryRuleChoices("SPY:sma200:2", null, null, "2:5:stop", null));
        assertThat(p.description()).isEqualTo("hand-made");
    }

    @Test
    void writingAndReadingBackGivesTheSamePreset() {
        Preset p = PresetJson.read(SMALL, "small.json", STRATEGIES);
        Preset again = PresetJson.read(PresetJson.write(p), "exported.json", STRATEGIES);
        assertThat(again).isEqualTo(p);
        assertThat(again.request(List.of("X")).build()).isEqualTo(p.request(List.of("X")).build());
    }

    @Test
    void leftOutFieldsTakeTheDefaultsOfANewRun() {
        Preset p = PresetJson.read("""
                {"schema": 1, "name": "bare", "version": 1, "strategy": "sma-cross"}
                """, "bare.json", STRATEGIES);
        BacktestRequest r = p.request(List.of("X")).build();
        assertThat(r.capital()).isEqualTo(100_000);
        assertThat(r.sizing()).isEqualTo(new SizingRule.EqualWeight());
        assertThat(r.maxPositions()).isEqualTo(10);
        assertThat(r.fill()).isEqualTo(FillTiming.NEXT_OPEN);
        assertThat(r.exitMode()).isEqualTo(ExitMode.INTRABAR);
        assertThat(r.account()).isEqualTo(new AccountRules(false, 1, false, ReturnMode.TOTAL));
        assertThat(p.params()).isEmpty();
        assertThat(p.rules()).isEqualTo(EntryRuleChoices.NONE);
    }

    @Test
    void badFilesFailInOneLineNamingTheFileTheFieldAndTheValue() {
        assertThatThrownBy(() -> PresetJson.read("{\"schema\": 1,\n \"name\": }", "broken.json", STRATEGIES))
                .hasMessageStartingWith("broken.json: not valid JSON at line 2, column 10");
        assertThatThrownBy(() -> read("\"strategy\": \"dwap-breakout\", \"colour\": \"red\""))
                .hasMessage("p.json: unknown field 'colour' (known: schema, name, version, description, strategy, params,"
                        + " simulation, entry_rules)");
        assertThatThrownBy(() -> read("\"strategy\": \"no-such\""))
                .hasMessageStartingWith("p.json: field 'strategy' = \"no-such\": unknown strategy 'no-such' (known: ");
        assertThatThrownBy(() -> read("\"strategy\": \"dwap-breakout\", \"params\": {\"stop\": 0.08}"))
                .hasMessageStartingWith("p.json: unknown field 'params.stop' (known: period, threshold, minVolume,");
        assertThatThrownBy(() -> read("\"strategy\": \"dwap-breakout\", \"params\": {\"stopLoss\": 2}"))
                .hasMessage("p.json: field 'params.stopLoss' = 2: param 'stopLoss' = 2.0 is above its maximum 0.9");
        assertThatThrownBy(() -> read("\"strategy\": \"sma-cross\", \"simulation\": {\"max_positions\": 0}"))
                .hasMessage("p.json: field 'simulation.max_positions' = 0: max positions must be at least 1, got 0");
        assertThatThrownBy(() -> read("\"strategy\": \"sma-cross\", \"simulation\": {\"fractional\": \"yes\"}"))
                .hasMessage("p.json: field 'simulation.fractional' = \"yes\": expected true or false");
        assertThatThrownBy(() -> read("\"strategy\": \"sma-cross\", \"simulation\": {\"exit_mode\": \"close\"}"))
                .hasMessage("p.json: field 'simulation.exit_mode' = \"close\": expected intrabar or close-only");
        assertThatThrownBy(() -> read("\"strategy\": \"sma-cross\", \"simulation\": {\"reentry\": \"same-close\"}"))
                .hasMessageStartingWith("p.json: field 'simulation': reentry 'same-close' needs fill 'same-close'");
        assertThatThrownBy(() -> read("\"strategy\": \"sma-cross\", \"entry_rules\": {\"market_filter\": \"SPY\"}"))
                .hasMessageStartingWith("p.json: field 'entry_rules.market_filter' = \"SPY\": market filter 'SPY'");
        assertThatThrownBy(() -> PresetJson.read("{\"schema\": 2, \"name\": \"n\", \"version\": 1, \"strategy\": \"sma-cross\"}",
                "new.json", STRATEGIES)).hasMessage("new.json: field 'schema' = 2: this Sextant reads presets of schema 1");
        assertThatThrownBy(() -> PresetJson.read("{\"schema\": 1, \"version\": 1, \"strategy\": \"sma-cross\"}",
                "nameless.json", STRATEGIES)).hasMessage("nameless.json: missing field 'name'");
        assertThatThrownBy(() -> PresetJson.read("{\"schema\": 1, \"name\": \"has space\", \"version\": 1, \"strategy\": \"sma-cross\"}",
                "n.json", STRATEGIES)).hasMessageStartingWith("n.json: field 'name' = \"has space\": preset name 'has space': use 1-64");
    }

    private static Preset read(String fields) {
        return PresetJson.read("{\"schema\": 1, \"name\": \"p\", \"version\": 1, " + fields + "}", "p.json", STRATEGIES);
    }
}
