package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestRequestMapTest {

    @Test
    void aRequestReadsBackEqual() {
        BacktestRequest request = BacktestRequest.builder("sma-cross", List.of("B", "A"))
                .params(Map.of("fast", 5, "slow", 20.0)).from(LocalDate.of(2020, 1, 2)).to(LocalDate.of(2021, 6, 30))
                .capital(50_000).sizing(SizingRule.parse("atr-risk:0.01")).maxPositions(3)
                .fill(FillTiming.SAME_CLOSE).exitMode(ExitMode.CLOSE_ONLY).commission(FeeModel.parse("per-share:0.005"))
                .slippage(SlippageModel.parse("range:0.1")).benchmark("SPY").riskFreeRate(0.02).seed(7)
                .account(new AccountRules(true, 1.5, true, ReturnMode.TOTAL)).build();

        Map<String, Object> map = BacktestRequestMap.of(request);

        assertThat(map.get("fill")).isEqualTo("same-close");
        assertThat(map.get("from")).isEqualTo("2020-01-02");
        assertThat(map).containsEntry("fractional", true).containsEntry("leverage", 1.5)
                .containsEntry("reentry", "same-close").containsEntry("returns", "total");
        assertThat(BacktestRequestMap.parse(map)).isEqualTo(request);
    }

    @Test
    void aMapSavedBeforeTheAccountRulesReadsAsWholeSharesCashAndPriceReturns() {
        Map<String, Object> map = new java.util.LinkedHashMap<>(BacktestRequestMap.of(
                BacktestRequest.builder("sma-cross", List.of("A")).build()));
        for (String key : List.of("fractional", "leverage", "reentry", "returns")) {
            map.remove(key);
        }

        assertThat(BacktestRequestMap.parse(map).account()).isEqualTo(AccountRules.CASH_WHOLE_SHARES_PRICE);
    }

    @Test
    void anUnknownFillIsRejected() {
        assertThatThrownBy(() -> BacktestRequestMap.parseFill("tomorrow"))
                .hasMessage("fill 'tomorrow': expected next-open or same-close");
    }
}
