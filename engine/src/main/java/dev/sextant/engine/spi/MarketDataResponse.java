package dev.sextant.engine.spi;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import java.util.Comparator;
import java.util.List;

/**
 * What a provider delivered for one {@link MarketDataRequest}.
 *
 * <p>Contract: {@code bars} hold the requested range (possibly empty); their open, high, low,
 * close and volume are adjusted for every split in {@code actions} (as Yahoo's chart API
 * delivers them); {@code adjClose} equals {@code close}, because the dividend adjustment is
 * computed by the caller over the whole stored series. {@code actions} are the splits and
 * dividends with an ex-date inside the requested range, sorted by ex-date.
 */
public record MarketDataResponse(PriceColumns bars, List<CorporateAction> actions) {

    public MarketDataResponse {
        actions = actions.stream().sorted(Comparator.comparing(CorporateAction::exDate)
                .thenComparing(CorporateAction::type)).toList();
    }
}
