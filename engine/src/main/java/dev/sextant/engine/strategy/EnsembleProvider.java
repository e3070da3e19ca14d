package dev.sextant.engine.strategy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.Arrays;
import java.util.List;

/**
 * Vote of member strategies, each with its default params. A member is "long" from the bar of
 * one of its entry signals (at or after its warm-up) until the bar of its next exit signal (its
 * stops and targets are not simulated here). The ensemble enters when the number of long members
 * rises to at least {@code k} and exits when it falls below {@code k}. Rank score: the number of
 * long members. Members are chosen from preset sets; cross-sectional strategies cannot be members.
 */
public final class EnsembleProvider implements StrategyProvider {

    private static final List<String> MEMBER_SETS = List.of(
            "dwap-breakout,sma-cross,rsi-reversion",
            "sma-cross,rsi-reversion",
            "dwap-breakout,sma-cross",
            "dwap-breakout,rsi-reversion");

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofChoice("members", MEMBER_SETS, MEMBER_SETS.get(0), "member strategy ids"),
            ParamSpec.ofInt("k", 1, 10, 2, "members that must agree"));

    private final List<StrategyProvider> known = List.of(
            new DwapBreakoutProvider(), new SmaCrossProvider(), new RsiReversionProvider());

    @Override
    public String id() {
        return "ensemble";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Enter when k of n member strategies are long";
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        List<String> ids = Arrays.asList(params.getString("members").split(","));
        int k = params.getInt("k");
        if (k > ids.size()) {
            throw new IllegalArgumentException("param 'k' = " + k + " exceeds the " + ids.size() + " members " + ids);
        }
        int n = bars.size();
        int[] votes = new int[n];
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        for (String id : ids) {
            StrategyProvider member = known.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            SignalColumns s = member.computeSignals(bars, member.paramSpace().defaults());
            b.firstTradable = Math.max(b.firstTradable, s.firstTradable());
            boolean inPosition = false;
            for (int i = 0; i < n; i++) {
                if (inPosition && s.exit()[i]) {
                    inPosition = false;
                } else if (!inPosition && s.entry()[i] && i >= s.firstTradable()) {
                    inPosition = true;
                }
                votes[i] += inPosition ? 1 : 0;
            }
        }
        double[] voteColumn = new double[n];
        for (int i = 0; i < n; i++) {
            voteColumn[i] = votes[i];
            int before = i == 0 ? 0 : votes[i - 1];
            b.entry[i] = votes[i] >= k && before < k;
            b.exit[i] = votes[i] < k && before >= k;
            b.rankScore[i] = votes[i];
        }
        return b.indicator("votes", voteColumn).build();
    }
}
