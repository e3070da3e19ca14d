package dev.sextant.data.provider;

import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.spi.MarketDataProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import okhttp3.HttpUrl;

/**
 * The bundled providers, configured from the settings:
 * <ul>
 *   <li>{@code provider.ID.url}: the API's base URL (the system property {@code sextant.provider.ID.url} wins
 *       over the setting, so tests and proxies can redirect a provider);</li>
 *   <li>{@code provider.ID.requests-per-minute}: the host's rate limit;</li>
 *   <li>{@code provider.ID.apikey}: the key of Alpha Vantage and Polygon;</li>
 *   <li>{@code provider.default}: the provider {@code data update} uses without {@code --provider};</li>
 *   <li>{@code http.connect-timeout-seconds}, {@code http.read-timeout-seconds}.</li>
 * </ul>
 */
public final class MarketDataProviders {

    public static final String DEFAULT_SETTING = "provider.default";

    private record Defaults(String url, double requestsPerMinute,
                            BiFunction<HttpFetcher, ProviderConfig, MarketDataProvider> create) {
    }

    private static final Map<String, Defaults> BUNDLED = Map.of(
            YahooChartProvider.ID, new Defaults("https://query1.finance.yahoo.com", 60, YahooChartProvider::new),
            StooqProvider.ID, new Defaults("https://stooq.com", 20, StooqProvider::new),
            AlphaVantageProvider.ID, new Defaults("https://www.alphavantage.co", 5, AlphaVantageProvider::new),
            PolygonProvider.ID, new Defaults("https://api.polygon.io", 5, PolygonProvider::new));
    private static final List<String> ORDER = List.of(YahooChartProvider.ID, StooqProvider.ID, AlphaVantageProvider.ID,
            PolygonProvider.ID);

    private final List<MarketDataProvider> providers;
    private final String defaultId;

    private MarketDataProviders(List<MarketDataProvider> providers, String defaultId) {
        this.providers = providers;
        this.defaultId = defaultId;
    }

    /** Providers over a real HTTP client with the timeouts, retry policy and rate limits of the settings. */
    public static MarketDataProviders fromSettings(SettingsStore settings) {
        Duration connect = Duration.ofSeconds(number(settings, "http.connect-timeout-seconds", 10).longValue());
        Duration read = Duration.ofSeconds(number(settings, "http.read-timeout-seconds", 30).longValue());
        HttpFetcher http = new HttpFetcher(HttpFetcher.client(connect, read), HostRateLimiter.real(),
                RetryPolicy.defaults(), Sleeper.REAL);
        return fromSettings(settings, http);
    }

    /** Providers over the given fetcher (tests inject one with a recording sleeper). */
    public static MarketDataProviders fromSettings(SettingsStore settings, HttpFetcher http) {
        List<MarketDataProvider> providers = ORDER.stream().map(id -> {
            Defaults d = BUNDLED.get(id);
            String url = Optional.ofNullable(System.getProperty("sextant.provider." + id + ".url"))
                    .or(() -> settings.get("provider." + id + ".url")).orElse(d.url());
            HttpUrl base = HttpUrl.parse(url);
            if (base == null) {
                throw new IllegalArgumentException("provider." + id + ".url '" + url + "' is not an http(s) URL");
            }
            double rpm = number(settings, "provider." + id + ".requests-per-minute", d.requestsPerMinute()).doubleValue();
            String key = settings.get("provider." + id + ".apikey").orElse("");
            return d.create().apply(http, new ProviderConfig(base, rpm, key));
        }).toList();
        return new MarketDataProviders(providers, settings.get(DEFAULT_SETTING).orElse(YahooChartProvider.ID));
    }

    /** Ids of the bundled providers, in display order. */
    public static List<String> bundledIds() {
        return ORDER;
    }

    /**
     * These providers and {@code extra} ones (e.g. from plugins), with the same default.
     *
     * @throws IllegalArgumentException when an extra provider's id is already used
     */
    public MarketDataProviders plus(List<MarketDataProvider> extra) {
        List<MarketDataProvider> all = new java.util.ArrayList<>(providers);
        for (MarketDataProvider p : extra) {
            if (all.stream().anyMatch(q -> q.id().equals(p.id()))) {
                throw new IllegalArgumentException("market-data provider id '" + p.id() + "' is used twice");
            }
            all.add(p);
        }
        return new MarketDataProviders(List.copyOf(all), defaultId);
    }

    public List<MarketDataProvider> all() {
        return providers;
    }

    /** The provider with this id; {@code null} means the default one. */
    public MarketDataProvider byId(String id) {
        String wanted = id == null ? defaultId : id;
        return providers.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provider '" + wanted + "' (known: "
                        + providers.stream().map(MarketDataProvider::id).toList() + ")"));
    }

    private static Number number(SettingsStore settings, String name, double fallback) {
        Optional<String> value = settings.get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + " = '" + value.get() + "' is not a number");
        }
    }
}
