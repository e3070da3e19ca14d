package dev.sextant.data.provider;

import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import dev.sextant.engine.spi.ProviderCapabilities;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * Polygon.io aggregates ({@code /v2/aggs/ticker/T/range/1/day/FROM/TO?adjusted=true}), daily and
 * intraday, split-adjusted; needs an API key ({@code provider.polygon.apikey}). The aggregates
 * carry no split or dividend events, so {@code adjClose = close} for Polygon bars. Daily bars are
 * stamped with midnight New York time in milliseconds, intraday bars with their start. Pages are
 * followed through {@code next_url}, but only on the configured host, so the key never leaves it.
 */
public final class PolygonProvider implements MarketDataProvider {

    public static final String ID = "polygon";
    public static final String KEY_SETTING = "provider.polygon.apikey";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final int MAX_PAGES = 200;
    private static final Map<Timeframe, String[]> RANGES = Map.of(Timeframe.DAILY, new String[] {"1", "day"},
            Timeframe.MINUTE_1, new String[] {"1", "minute"}, Timeframe.MINUTE_5, new String[] {"5", "minute"},
            Timeframe.MINUTE_15, new String[] {"15", "minute"}, Timeframe.MINUTE_30, new String[] {"30", "minute"},
            Timeframe.HOUR_1, new String[] {"1", "hour"});

    private final HttpFetcher http;
    private final ProviderConfig config;

    public PolygonProvider(HttpFetcher http, ProviderConfig config) {
        this.http = http;
        this.config = config;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Polygon.io aggregates (API key)";
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(Timeframe.storable(), false, false, true);
    }

    @Override
    public MarketDataResponse fetch(MarketDataRequest request) {
        ProviderResponses.requireTimeframe(ID, capabilities(), request);
        if (!config.hasApiKey()) {
            throw new MarketDataException(ID, request.symbol(), Problem.NOT_AUTHORIZED,
                    "no API key; set one with: ./sextant settings set " + KEY_SETTING + " KEY");
        }
        String[] range = RANGES.get(request.timeframe());
        HttpUrl url = config.baseUrl().newBuilder().addPathSegments("v2/aggs/ticker").addPathSegment(request.symbol())
                .addPathSegment("range").addPathSegment(range[0]).addPathSegment(range[1])
                .addPathSegment(request.from().toString()).addPathSegment(request.to().toString())
                .addQueryParameter("adjusted", "true")
                .addQueryParameter("sort", "asc")
                .addQueryParameter("limit", "50000")
                .build();
        BarRows rows = new BarRows(request.symbol(), request.timeframe());
        for (int page = 1; url != null; page++) {
            if (page > MAX_PAGES) {
                throw new MarketDataException(ID, request.symbol(), Problem.BAD_RESPONSE, "more than " + MAX_PAGES + " pages");
            }
            FetchTarget target = new FetchTarget(ID, request.symbol(), withKey(url), config.requestsPerMinute(),
                    List.of(config.apiKey()));
            JsonNode body = page(target);
            try {
                for (JsonNode bar : body.path("results")) {
                    rows.add(time(request.timeframe(), number(bar, "t")), number(bar, "o"), number(bar, "h"),
                            number(bar, "l"), number(bar, "c"), number(bar, "v"));
                }
            } catch (IllegalArgumentException e) {
                throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, e.getMessage());
            }
            url = next(target, body);
        }
        try {
            return new MarketDataResponse(rows.build(), List.of());
        } catch (IllegalArgumentException e) {
            throw new MarketDataException(ID, request.symbol(), Problem.BAD_RESPONSE, e.getMessage());
        }
    }

    private JsonNode page(FetchTarget target) {
        HttpAnswer answer = http.get(target);
        if (!answer.isSuccessful()) {
            throw ProviderResponses.httpFailure(target, answer, message(ProviderResponses.jsonOrMissing(answer)));
        }
        JsonNode body = ProviderResponses.json(target, answer);
        String status = ProviderResponses.text(body, "status");
        if (!status.equals("OK") && !status.equals("DELAYED")) {
            Problem problem = status.equals("NOT_AUTHORIZED") ? Problem.NOT_AUTHORIZED : Problem.BAD_RESPONSE;
            throw ProviderResponses.failure(target, problem, "status '" + status + "': " + message(body));
        }
        return body;
    }

    private static String message(JsonNode body) {
        String error = ProviderResponses.text(body, "error");
        return error.isEmpty() ? ProviderResponses.text(body, "message") : error;
    }

    private HttpUrl next(FetchTarget target, JsonNode body) {
        String next = ProviderResponses.text(body, "next_url");
        if (next.isEmpty()) {
            return null;
        }
        HttpUrl url = HttpUrl.parse(next);
        if (url == null || !url.host().equals(config.baseUrl().host()) || url.port() != config.baseUrl().port()) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "next_url does not point to " + config.baseUrl().host());
        }
        return url;
    }

    private HttpUrl withKey(HttpUrl url) {
        return url.newBuilder().setQueryParameter("apiKey", config.apiKey()).build();
    }

    private static long time(Timeframe timeframe, double epochMillis) {
        Instant start = Instant.ofEpochMilli((long) epochMillis);
        return timeframe.isIntraday() ? start.getEpochSecond() : start.atZone(NEW_YORK).toLocalDate().toEpochDay();
    }

    private static double number(JsonNode bar, String field) {
        JsonNode v = bar.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("aggregate without a numeric '" + field + "'");
        }
        return v.asDouble();
    }
}
