package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;

/** Flags bars whose volume is zero (kept by the reader: indices have no volume, thin stocks have quiet days). */
final class ZeroVolumeCheck implements BarCheck {

    @Override
    public List<Finding> inspect(PriceColumns series) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (series.volume()[i] == 0) {
                findings.add(Finding.of(series, i, FindingKind.ZERO_VOLUME, "volume is 0"));
            }
        }
        return findings;
    }
}
