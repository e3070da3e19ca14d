package dev.sextant.data.outbox;

import dev.sextant.data.jooq.tables.records.SignalRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON document a saved signal is pushed as (the {@code Signal} schema of docs/sync-api.yaml):
 * id, strategy_id, symbol, date, direction, price, stop, target, strong, rank_score, expires_on
 * and details (the indicator values as saved).
 */
final class SignalPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignalPayload() {
    }

    static String of(SignalRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("strategy_id", r.getStrategyId());
        m.put("symbol", r.getSymbol());
        m.put("date", r.getSignalDate().toString());
        m.put("direction", r.getDirection());
        m.put("price", r.getPrice());
        m.put("stop", r.getStopPrice());
        m.put("target", r.getTargetPrice());
        m.put("strong", r.getStrong());
        m.put("rank_score", r.getRankScore());
        m.put("expires_on", r.getExpiresOn().toString());
        m.put("details", r.getDetailsJson() == null ? null : JSON.readTree(r.getDetailsJson()));
        return JSON.writeValueAsString(m);
    }
}
