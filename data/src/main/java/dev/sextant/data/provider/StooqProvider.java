package dev.sextant.data.provider;

import dev.sextant.data.csv.BadFileException;
import dev.sextant.data.csv.BarFileReader;
import dev.sextant.data.csv.ParsedBarFile;
import dev.sextant.data.csv.ReadOptions;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import dev.sextant.engine.spi.ProviderCapabilities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Stooq's daily CSV download ({@code /q/d/l/?s=aapl.us&i=d&d1=YYYYMMDD&d2=YYYYMMDD}), header
 * {@code Date,Open,High,Low,Close,Volume}. Stooq reports no splits or dividends and no adjusted
 * close, so its bars are stored as delivered with {@code adjClose = close}. Plain tickers get
 * Stooq's {@code .us} suffix; symbols with a dot or a caret are sent as they are, lower-cased.
 * Stooq answers errors with status 200 and a one-line text body ({@code No data},
 * {@code Exceeded the daily hits limit}).
 */
public final class StooqProvider implements MarketDataProvider {

    public static final String ID = "stooq";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final HttpFetcher http;
    private final ProviderConfig config;

    public StooqProvider(HttpFetcher http, ProviderConfig config) {
        this.http = http;
        this.config = config;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Stooq daily CSV";
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(Set.of(Timeframe.DAILY), false, false, false);
    }

    @Override
    public MarketDataResponse fetch(MarketDataRequest request) {
        ProviderResponses.requireTimeframe(ID, capabilities(), request);
        HttpUrl url = config.baseUrl().newBuilder().addPathSegments("q/d/l/")
                .addQueryParameter("s", stooqSymbol(request.symbol()))
                .addQueryParameter("i", "d")
                .addQueryParameter("d1", COMPACT.format(request.from()))
                .addQueryParameter("d2", COMPACT.format(request.to()))
                .build();
        FetchTarget target = new FetchTarget(ID, request.symbol(), url, config.requestsPerMinute(), List.of());
        HttpAnswer answer = http.get(target);
        if (!answer.isSuccessful()) {
            throw ProviderResponses.httpFailure(target, answer, "");
        }
        String body = answer.body().strip();
        if (body.isEmpty()) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "empty response body");
        }
        if (body.equalsIgnoreCase("No data")) {
            return new MarketDataResponse(PriceColumns.empty(request.symbol(), Timeframe.DAILY), List.of());
        }
        if (body.toLowerCase(Locale.ROOT).startsWith("exceeded the daily hits limit")) {
            throw ProviderResponses.failure(target, Problem.RATE_LIMITED, body);
        }
        if (answer.contentType().toLowerCase(Locale.ROOT).contains("html") || !body.startsWith("Date,")) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "expected CSV with a Date,Open,High,Low,Close header but got content type '"
                    + answer.contentType() + "': " + ProviderResponses.quote(body));
        }
        return new MarketDataResponse(parse(target, request, body), List.of());
    }

    private static PriceColumns parse(FetchTarget target, MarketDataRequest request, String body) {
        try {
            ParsedBarFile file = new BarFileReader().read(request.symbol() + ".csv",
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
            PriceColumns series = file.series().getFirst();
            if (series.timeframe() != Timeframe.DAILY) {
                throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "CSV holds " + series.timeframe().code() + " bars, not daily");
            }
            return new PriceColumns(request.symbol(), Timeframe.DAILY, series.time(), series.open(), series.high(),
                    series.low(), series.close(), series.close().clone(), series.volume());
        } catch (BadFileException e) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "CSV line " + e.line() + ": " + e.reason());
        } catch (IOException e) {
            throw ProviderResponses.failure(target, Problem.BAD_RESPONSE, "unreadable CSV: " + e.getMessage());
        }
    }

    static String stooqSymbol(String symbol) {
        String lower = symbol.toLowerCase(Locale.ROOT);
        return lower.contains(".") || lower.startsWith("^") ? lower : lower + ".us";
    }
}
