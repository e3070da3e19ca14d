package dev.sextant.data.provider;

import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * Alpaca's REST history of one-minute bars ({@code GET /v2/stocks/SYM/bars?timeframe=1Min}), used to
 * backfill the minutes a stream missed. The keys go in the {@code APCA-API-KEY-ID} and
 * {@code APCA-API-SECRET-KEY} headers, never in the URL; pages are followed with
 * {@code next_page_token}.
 */
public final class AlpacaBars {

    public static final String PROVIDER = "alpaca";
    private static final int PAGE_LIMIT = 10_000;
    private static final int MAX_PAGES = 100;

    private final HttpFetcher http;
    private final HttpUrl baseUrl;
    private final String feed;
    private final String keyId;
    private final String secret;

    public AlpacaBars(HttpFetcher http, HttpUrl baseUrl, String feed, String keyId, String secret) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.feed = feed;
        this.keyId = keyId;
        this.secret = secret;
    }

    /**
     * The minute bars of {@code symbol} that start in {@code [from, to]}, oldest first.
     *
     * @throws MarketDataException when Alpaca refuses or answers something else than bars
     */
    public List<StreamedBar> minutes(String symbol, Instant from, Instant to) {
        List<StreamedBar> bars = new ArrayList<>();
        Headers headers = Headers.of("APCA-API-KEY-ID", keyId, "APCA-API-SECRET-KEY", secret);
        String pageToken = "";
        for (int page = 1; ; page++) {
            if (page > MAX_PAGES) {
                throw new MarketDataException(PROVIDER, symbol, Problem.BAD_RESPONSE, "more than " + MAX_PAGES + " pages");
            }
            HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments("v2/stocks").addPathSegment(symbol)
                    .addPathSegment("bars")
                    .addQueryParameter("timeframe", "1Min")
                    .addQueryParameter("start", from.toString())
                    .addQueryParameter("end", to.toString())
                    .addQueryParameter("feed", feed)
                    .addQueryParameter("adjustment", "raw")
                    .addQueryParameter("sort", "asc")
                    .addQueryParameter("limit", Integer.toString(PAGE_LIMIT));
            if (!pageToken.isEmpty()) {
                url.addQueryParameter("page_token", pageToken);
            }
            FetchTarget target = new FetchTarget(PROVIDER, symbol, url.build(), 200, List.of(keyId, secret));
            HttpAnswer answer = http.get(target, headers);
            if (!answer.isSuccessful()) {
                throw ProviderResponses.httpFailure(target, answer,
                        ProviderResponses.text(ProviderResponses.jsonOrMissing(answer), "message"));
            }
            JsonNode body = ProviderResponses.json(target, answer);
            for (JsonNode bar : body.path("bars")) {
                StreamedBar parsed = parse(target, symbol, bar);
                if (!parsed.start().isBefore(from) && !parsed.start().isAfter(to)) {
                    bars.add(parsed);
                }
            }
            pageToken = ProviderResponses.text(body, "next_page_token");
            if (pageToken.isEmpty() || body.path("next_page_token").isNull()) {
                return bars;
            }
        }
    }

    private static StreamedBar parse(FetchTarget target, String symbol, JsonNode bar) {
        try {
            return new StreamedBar(symbol, Instant.parse(bar.path("t").asString()), number(bar, "o"), number(bar, "h"),
                    number(bar, "l"), number(bar, "c"), number(bar, "v"), false);
        } catch (DateTimeParseException e) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "bar with a bad time 't': " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, e.getMessage());
        }
    }

    private static double number(JsonNode bar, String field) {
        JsonNode v = bar.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("bar without a numeric '" + field + "'");
        }
        return v.asDouble();
    }
}
