package dev.sextant.data.provider;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import dev.sextant.engine.spi.ProviderCapabilities;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * Yahoo Finance chart API ({@code /v8/finance/chart/SYMBOL}): daily and intraday bars with split
 * and dividend events. Its open, high, low and close are split-adjusted and its dividend amounts
 * too; amounts are turned back into cash as paid by multiplying with the later splits in the
 * same answer. Daily timestamps (the session's start) are turned into trading dates in the
 * exchange's zone ({@code meta.exchangeTimezoneName}). Bars with null prices (no trade) are left out.
 */
public final class YahooChartProvider implements MarketDataProvider {

    public static final String ID = "yahoo";
    private static final Map<Timeframe, String> INTERVALS = Map.of(Timeframe.DAILY, "1d", Timeframe.MINUTE_1, "1m",
            Timeframe.MINUTE_5, "5m", Timeframe.MINUTE_15, "15m", Timeframe.MINUTE_30, "30m", Timeframe.HOUR_1, "60m");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final HttpFetcher http;
    private final ProviderConfig config;

    public YahooChartProvider(HttpFetcher http, ProviderConfig config) {
        this.http = http;
        this.config = config;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Yahoo Finance chart API";
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(Timeframe.storable(), true, true, false);
    }

    @Override
    public MarketDataResponse fetch(MarketDataRequest request) {
        ProviderResponses.requireTimeframe(ID, capabilities(), request);
        HttpUrl url = config.baseUrl().newBuilder()
                .addPathSegments("v8/finance/chart").addPathSegment(request.symbol())
                .addQueryParameter("period1", Long.toString(request.from().atStartOfDay(NEW_YORK).toEpochSecond()))
                .addQueryParameter("period2", Long.toString(request.to().plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond()))
                .addQueryParameter("interval", INTERVALS.get(request.timeframe()))
                .addQueryParameter("events", "div|split")
                .addQueryParameter("includePrePost", "false")
                .build();
        FetchTarget target = new FetchTarget(ID, request.symbol(), url, config.requestsPerMinute(), List.of());
        HttpAnswer answer = http.get(target);
        if (!answer.isSuccessful()) {
            throw ProviderResponses.httpFailure(target, answer, errorDescription(ProviderResponses.jsonOrMissing(answer)));
        }
        JsonNode chart = ProviderResponses.json(target, answer).path("chart");
        String error = errorDescription(ProviderResponses.jsonOrMissing(answer));
        if (!error.isEmpty()) {
            throw ProviderResponses.failure(target, Problem.NO_DATA, error);
        }
        JsonNode result = chart.path("result").path(0);
        if (!result.isObject()) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "answer has no chart.result");
        }
        try {
            return parse(request, result);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, e.getMessage());
        }
    }

    /** {@code chart.error.description} (or {@code finance.error}), or empty. */
    private static String errorDescription(JsonNode body) {
        for (String root : List.of("chart", "finance")) {
            JsonNode error = body.path(root).path("error");
            if (error.isObject()) {
                String code = ProviderResponses.text(error, "code");
                String description = ProviderResponses.text(error, "description");
                return (code.isEmpty() ? "" : code + ": ") + description;
            }
        }
        return "";
    }

    private static MarketDataResponse parse(MarketDataRequest request, JsonNode result) {
        ZoneId zone = ZoneId.of(result.path("meta").path("exchangeTimezoneName").asString(NEW_YORK.getId()));
        JsonNode timestamps = result.path("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        BarRows rows = new BarRows(request.symbol(), request.timeframe());
        for (int i = 0; i < timestamps.size(); i++) {
            double open = number(quote, "open", i);
            double high = number(quote, "high", i);
            double low = number(quote, "low", i);
            double close = number(quote, "close", i);
            if (Double.isNaN(open) || Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close)) {
                continue; // Yahoo sends nulls for intervals without trades
            }
            double volume = number(quote, "volume", i);
            long epochSecond = timestamps.get(i).asLong();
            long time = request.timeframe().isIntraday() ? epochSecond : date(epochSecond, zone).toEpochDay();
            rows.add(time, open, high, low, close, Double.isNaN(volume) ? 0 : volume);
        }
        PriceColumns bars = rows.build();
        return new MarketDataResponse(bars, actions(request, result.path("events"), zone));
    }

    private static double number(JsonNode quote, String field, int i) {
        JsonNode column = quote.path(field);
        if (!column.isArray()) {
            throw new IllegalArgumentException("indicators.quote has no '" + field + "' array");
        }
        JsonNode v = column.path(i);
        if (v.isMissingNode()) {
            throw new IllegalArgumentException("indicators.quote." + field + " is shorter than timestamp");
        }
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static List<CorporateAction> actions(MarketDataRequest request, JsonNode events, ZoneId zone) {
        List<CorporateAction> splits = new ArrayList<>();
        for (JsonNode split : events.path("splits")) {
            double ratio = split.path("numerator").asDouble() / split.path("denominator").asDouble();
            LocalDate exDate = date(split.path("date").asLong(), zone);
            if (inRange(request, exDate)) {
                splits.add(CorporateAction.split(exDate, ratio));
            }
        }
        List<CorporateAction> actions = new ArrayList<>(splits);
        for (JsonNode dividend : events.path("dividends")) {
            LocalDate exDate = date(dividend.path("date").asLong(), zone);
            double laterSplits = splits.stream().filter(s -> s.exDate().isAfter(exDate))
                    .mapToDouble(CorporateAction::amount).reduce(1, (a, b) -> a * b);
            if (inRange(request, exDate)) {
                actions.add(CorporateAction.dividend(exDate, dividend.path("amount").asDouble() * laterSplits));
            }
        }
        return actions;
    }

    private static boolean inRange(MarketDataRequest request, LocalDate date) {
        return !date.isBefore(request.from()) && !date.isAfter(request.to());
    }

    private static LocalDate date(long epochSecond, ZoneId zone) {
        return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
    }
}
