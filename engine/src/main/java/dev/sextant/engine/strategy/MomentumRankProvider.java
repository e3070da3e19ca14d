package dev.sextant.engine.strategy;

import dev.sextant.engine.indicator.RealizedVolatilityIndicator;
import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.CrossSectionalProvider;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Cross-sectional momentum. Per symbol the score is the {@code lookback}-bar return
 * {@code close[i]/close[i-lookback] − 1}, or with {@code variant=return-vol} that return divided
 * by the annualised realised volatility over the same window. Every {@code rebalance} calendar
 * days of the union calendar (counting from its first day), symbols trading that day with a
 * defined score are ranked by score descending, then symbol ascending; the top {@code top} get an
 * entry signal and every other symbol trading that day an exit signal. Use with max positions =
 * {@code top}.
 */
public final class MomentumRankProvider implements CrossSectionalProvider {

    public static final String ID = "momentum-rank";

    private static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("lookback", 5, 504, 126, "return window in bars"),
            ParamSpec.ofChoice("variant", List.of("return", "return-vol"), "return", "score: return, or return / realised vol"),
            ParamSpec.ofInt("top", 1, 500, 10, "hold the top K"),
            ParamSpec.ofInt("rebalance", 1, 252, 21, "rebalance every M calendar days"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Rank the universe by N-day return (or return/vol), hold the top K, rebalance every M days";
    }

    @Override
    public ParamSpace paramSpace() {
        return SPACE;
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        int lookback = params.getInt("lookback");
        boolean perVol = params.getString("variant").equals("return-vol");
        int n = bars.size();
        double[] close = bars.close();
        double[] ret = new double[n];
        double[] vol = perVol ? RealizedVolatilityIndicator.compute(close, lookback) : null;
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        b.firstTradable = lookback;
        for (int i = 0; i < n; i++) {
            ret[i] = i < lookback ? Double.NaN : close[i] / close[i - lookback] - 1.0;
            b.rankScore[i] = perVol ? ret[i] / vol[i] : ret[i];
        }
        b.indicator("return", ret);
        if (perVol) {
            b.indicator("rv", vol);
        }
        return b.build();
    }

    @Override
    public List<SignalColumns> rankAcross(AlignedUniverse universe, List<SignalColumns> perSymbol, Params params) {
        int top = params.getInt("top");
        int rebalance = params.getInt("rebalance");
        int symbols = universe.symbolCount();
        List<boolean[]> entries = new ArrayList<>();
        List<boolean[]> exits = new ArrayList<>();
        for (SignalColumns s : perSymbol) {
            entries.add(new boolean[s.size()]);
            exits.add(new boolean[s.size()]);
        }
        Integer[] order = new Integer[symbols];
        for (int c = 0; c < universe.days(); c += rebalance) {
            int count = 0;
            for (int s = 0; s < symbols; s++) {
                int i = universe.barIndex(s, c);
                if (i >= 0 && i >= perSymbol.get(s).firstTradable() && !Double.isNaN(perSymbol.get(s).rankScore()[i])) {
                    order[count++] = s;
                }
            }
            final int day = c;
            Integer[] ranked = Arrays.copyOf(order, count);
            Arrays.sort(ranked, Comparator.<Integer>comparingDouble(
                    s -> -perSymbol.get(s).rankScore()[universe.barIndex(s, day)])
                    .thenComparing(s -> universe.series().get(s).symbol()));
            boolean[] selected = new boolean[symbols];
            for (int r = 0; r < Math.min(top, count); r++) {
                selected[ranked[r]] = true;
            }
            for (int s = 0; s < symbols; s++) {
                int i = universe.barIndex(s, c);
                if (i >= 0) {
                    entries.get(s)[i] = selected[s];
                    exits.get(s)[i] = !selected[s];
                }
            }
        }
        List<SignalColumns> out = new ArrayList<>(symbols);
        for (int s = 0; s < symbols; s++) {
            SignalColumns p = perSymbol.get(s);
            out.add(new SignalColumns(p.symbol(), p.firstTradable(), entries.get(s), exits.get(s), p.rankScore(),
                    p.stopLevel(), p.targetLevel(), p.trailingFraction(), p.maxHoldBars(), p.strong(),
                    p.triggerDistance(), p.indicators()));
        }
        return out;
    }
}
