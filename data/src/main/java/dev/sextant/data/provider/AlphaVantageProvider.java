package dev.sextant.data.provider;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import dev.sextant.engine.spi.ProviderCapabilities;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * Alpha Vantage ({@code /query}): {@code TIME_SERIES_DAILY_ADJUSTED} for daily bars with
 * dividends ({@code 7. dividend amount}, cash as paid) and splits ({@code 8. split coefficient}),
 * and {@code TIME_SERIES_INTRADAY} for intraday bars, read in the zone the answer names. Needs an
 * API key ({@code provider.alphavantage.apikey}). Its daily prices are as traded; they are
 * divided by the later split coefficients of the same answer (volume multiplied) to meet the
 * split-adjusted contract. Alpha Vantage reports errors and its rate limit with status 200 and a
 * JSON object holding {@code Error Message}, {@code Note} or {@code Information}.
 */
public final class AlphaVantageProvider implements MarketDataProvider {

    public static final String ID = "alphavantage";
    public static final String KEY_SETTING = "provider.alphavantage.apikey";
    private static final Map<Timeframe, String> INTERVALS = Map.of(Timeframe.MINUTE_1, "1min", Timeframe.MINUTE_5, "5min",
            Timeframe.MINUTE_15, "15min", Timeframe.MINUTE_30, "30min", Timeframe.HOUR_1, "60min");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** {@code outputsize=compact} holds the latest 100 bars, which always cover this many calendar days. */
    private static final long COMPACT_DAYS = 130;

    private final HttpFetcher http;
    private final ProviderConfig config;

    public AlphaVantageProvider(HttpFetcher http, ProviderConfig config) {
        this.http = http;
        this.config = config;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Alpha Vantage (API key)";
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(Timeframe.storable(), true, true, true);
    }

    @Override
    public MarketDataResponse fetch(MarketDataRequest request) {
        ProviderResponses.requireTimeframe(ID, capabilities(), request);
        if (!config.hasApiKey()) {
            throw new MarketDataException(ID, request.symbol(), Problem.NOT_AUTHORIZED,
                    "no API key; set one with: ./sextant settings set " + KEY_SETTING + " KEY");
        }
        boolean daily = request.timeframe() == Timeframe.DAILY;
        HttpUrl.Builder url = config.baseUrl().newBuilder().addPathSegment("query")
                .addQueryParameter("function", daily ? "TIME_SERIES_DAILY_ADJUSTED" : "TIME_SERIES_INTRADAY")
                .addQueryParameter("symbol", request.symbol());
        if (!daily) {
            url.addQueryParameter("interval", INTERVALS.get(request.timeframe()))
                    .addQueryParameter("extended_hours", "false");
        }
        boolean compact = ChronoUnit.DAYS.between(request.from(), request.to()) < COMPACT_DAYS && daily;
        url.addQueryParameter("outputsize", compact ? "compact" : "full")
                .addQueryParameter("datatype", "json")
                .addQueryParameter("apikey", config.apiKey());
        FetchTarget target = new FetchTarget(ID, request.symbol(), url.build(), config.requestsPerMinute(),
                List.of(config.apiKey()));
        HttpAnswer answer = http.get(target);
        if (!answer.isSuccessful()) {
            throw ProviderResponses.httpFailure(target, answer, "");
        }
        JsonNode root = ProviderResponses.json(target, answer);
        rejectNotices(target, root);
        String seriesName = daily ? "Time Series (Daily)" : "Time Series (" + INTERVALS.get(request.timeframe()) + ")";
        JsonNode series = root.path(seriesName);
        if (!series.isObject()) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "answer has no '" + seriesName + "'");
        }
        try {
            return daily ? daily(request, series) : intraday(request, series, root.path("Meta Data"));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, e.getMessage());
        }
    }

    private static void rejectNotices(FetchTarget target, JsonNode root) {
        String error = ProviderResponses.text(root, "Error Message");
        if (!error.isEmpty()) {
            boolean key = error.toLowerCase(Locale.ROOT).contains("apikey");
            throw ProviderResponses.failure(target, key ? Problem.NOT_AUTHORIZED : Problem.NO_DATA, error);
        }
        for (String field : List.of("Note", "Information")) {
            String notice = ProviderResponses.text(root, field);
            if (!notice.isEmpty()) {
                String lower = notice.toLowerCase(Locale.ROOT);
                Problem problem = lower.contains("rate limit") || lower.contains("call frequency") ? Problem.RATE_LIMITED
                        : lower.contains("premium endpoint") ? Problem.NOT_AUTHORIZED
                        : Problem.BAD_RESPONSE;
                throw ProviderResponses.failure(target, problem, notice);
            }
        }
    }

    private static MarketDataResponse daily(MarketDataRequest request, JsonNode series) {
        List<CorporateAction> actions = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (var entry : series.properties()) {
            LocalDate date = LocalDate.parse(entry.getKey());
            if (date.isBefore(request.from()) || date.isAfter(request.to())) {
                continue;
            }
            dates.add(date);
            double coefficient = field(entry.getValue(), "8. split coefficient", date);
            double dividend = field(entry.getValue(), "7. dividend amount", date);
            if (coefficient != 1.0) {
                actions.add(CorporateAction.split(date, coefficient));
            }
            if (dividend > 0) {
                actions.add(CorporateAction.dividend(date, dividend));
            }
        }
        BarRows rows = new BarRows(request.symbol(), Timeframe.DAILY);
        for (LocalDate date : dates) {
            JsonNode bar = series.path(date.toString());
            double later = actions.stream().filter(a -> a.isSplit() && a.exDate().isAfter(date))
                    .mapToDouble(CorporateAction::amount).reduce(1, (a, b) -> a * b);
            rows.add(date.toEpochDay(), field(bar, "1. open", date) / later, field(bar, "2. high", date) / later,
                    field(bar, "3. low", date) / later, field(bar, "4. close", date) / later,
                    field(bar, "6. volume", date) * later);
        }
        return new MarketDataResponse(rows.build(), actions);
    }

    private static MarketDataResponse intraday(MarketDataRequest request, JsonNode series, JsonNode meta) {
        String zoneName = "";
        for (var entry : meta.properties()) {
            if (entry.getKey().endsWith("Time Zone")) {
                zoneName = entry.getValue().asString();
            }
        }
        ZoneId zone = ZoneId.of(zoneName.isEmpty() ? "US/Eastern" : zoneName);
        BarRows rows = new BarRows(request.symbol(), request.timeframe());
        for (var entry : series.properties()) {
            LocalDateTime at = LocalDateTime.parse(entry.getKey(), DATE_TIME);
            LocalDate date = at.toLocalDate();
            if (date.isBefore(request.from()) || date.isAfter(request.to())) {
                continue;
            }
            JsonNode bar = entry.getValue();
            rows.add(at.atZone(zone).toEpochSecond(), field(bar, "1. open", date), field(bar, "2. high", date),
                    field(bar, "3. low", date), field(bar, "4. close", date), field(bar, "5. volume", date));
        }
        return new MarketDataResponse(rows.build(), List.of());
    }

    private static double field(JsonNode bar, String name, LocalDate date) {
        JsonNode v = bar.path(name);
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("bar " + date + " has no '" + name + "'");
        }
        try {
            return Double.parseDouble(v.asString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bar " + date + ": cannot parse '" + name + "' value '" + v.asString() + "'");
        }
    }
}
