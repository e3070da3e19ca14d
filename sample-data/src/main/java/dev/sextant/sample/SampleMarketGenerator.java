package dev.sextant.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Generates the whole synthetic market from a {@link SampleMarketParameters} and writes it to a
 * folder: daily bars of every symbol, 1-minute bars of the index ETF, the sector ETFs and one stock, instruments, true regimes, splits, calendar gaps, an
 * {@code ABOUT.txt} and the {@code index.txt} that lists every file.
 */
final class SampleMarketGenerator {

    static final String DAILY_HEADER = "date,open,high,low,close,adj_close,volume";
    static final String INTRADAY_HEADER = "timestamp,open,high,low,close,volume";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private static final double INDEX_START_PRICE = 90;
    private static final double INDEX_AVERAGE_VOLUME = 8e7;

    private final SampleMarketParameters parameters;
    private final Path folder;
    private final List<String> written = new ArrayList<>();

    private SampleMarketGenerator(SampleMarketParameters parameters, Path folder) {
        this.parameters = parameters;
        this.folder = folder;
    }

    /** Writes the market into {@code folder} and returns the relative names of the files written. */
    static List<String> generate(SampleMarketParameters parameters, Path folder) throws IOException {
        SampleMarketGenerator generator = new SampleMarketGenerator(parameters, folder);
        generator.run();
        return List.copyOf(generator.written);
    }

    private void run() throws IOException {
        List<LocalDate> sessions = TradingCalendar.sessions(parameters.firstDay(), parameters.lastDay());
        Regime[] regimes = RegimeChain.path(sessions.size(), parameters.initialRegime(),
                Noise.stream(parameters.seed(), "regimes"));
        FactorModel model = new FactorModel(parameters, regimes);
        List<StockProfile> stocks = StockProfile.draw(parameters);
        CorporateEvents events = CorporateEvents.draw(parameters, sessions, stocks);
        List<Instrument> instruments = new ArrayList<>();

        String index = SampleMarket.indexSymbol();
        ReturnPath indexPath = model.index();
        writeDaily(index, withIntraday(index, indexPath,
                DailyBarBuilder.build(sessions, indexPath, INDEX_START_PRICE, INDEX_AVERAGE_VOLUME, barNoise(index))));
        instruments.add(new Instrument(index, "Synthetic Index ETF", InstrumentKind.ETF, Optional.empty(),
                OptionalDouble.of(1.0)));

        String volatility = SampleMarket.volatilitySymbol();
        writeDaily(volatility, VolatilityIndexBuilder.build(sessions, regimes, indexPath, model.marketNextVariance(),
                parameters, barNoise(volatility)));
        instruments.add(new Instrument(volatility, "Synthetic Volatility Index", InstrumentKind.INDEX,
                Optional.empty(), OptionalDouble.empty()));

        for (Sector sector : Sector.values()) {
            String symbol = sector.etfSymbol();
            Noise noise = barNoise(symbol);
            double startPrice = noise.uniform(20, 80);
            double averageVolume = noise.uniform(4e6, 2e7);
            ReturnPath path = model.sectorEtf(sector);
            writeDaily(symbol, withIntraday(symbol, path,
                    DailyBarBuilder.build(sessions, path, startPrice, averageVolume, noise)));
            instruments.add(new Instrument(symbol, "Synthetic " + sector.displayName() + " Sector ETF",
                    InstrumentKind.ETF, Optional.of(sector.displayName()), OptionalDouble.of(sector.beta())));
        }

        for (StockProfile stock : stocks) {
            String symbol = stock.symbol();
            ReturnPath path = model.stock(stock);
            List<DailyBar> bars = DailyBarBuilder.build(sessions, path, stock.startPrice(), stock.averageVolume(),
                    barNoise(symbol));
            if (symbol.equals(parameters.intradayStock())) {
                bars = withIntraday(symbol, path, bars);
            }
            writeDaily(symbol, events.apply(symbol, bars));
            instruments.add(new Instrument(symbol, stock.displayName(), InstrumentKind.STOCK,
                    Optional.of(stock.sector().displayName()), OptionalDouble.of(stock.beta())));
        }

        writeInstruments(instruments);
        writeRegimes(sessions, regimes);
        writeEvents(events);
        writeAbout();
        write(SampleMarket.INDEX_FILE, written.stream().sorted().toList());
    }

    /**
     * Writes 1-minute bars (pre-market and regular session) for the last sessions and returns the daily bars
     * with those days' ranges taken from their regular-session minutes.
     */
    private List<DailyBar> withIntraday(String symbol, ReturnPath path, List<DailyBar> bars) throws IOException {
        Noise noise = Noise.stream(parameters.seed(), "intraday-" + symbol);
        List<DailyBar> result = new ArrayList<>(bars);
        List<String> lines = new ArrayList<>();
        lines.add(INTRADAY_HEADER);
        for (int t = bars.size() - parameters.intradaySessions(); t < bars.size(); t++) {
            IntradayBarBuilder.Session session = IntradayBarBuilder.build(bars.get(t), bars.get(t - 1).close(),
                    path.dailyVolatility()[t], noise);
            result.set(t, session.day());
            for (MinuteBar bar : session.minutes()) {
                lines.add(String.join(",", TIMESTAMP.format(bar.start()), Ticks.format(bar.open()),
                        Ticks.format(bar.high()), Ticks.format(bar.low()), Ticks.format(bar.close()),
                        Long.toString(bar.volume())));
            }
        }
        write(SampleMarket.INTRADAY_FOLDER + symbol + ".csv.gz", lines);
        return result;
    }

    private void writeDaily(String symbol, List<DailyBar> bars) throws IOException {
        List<String> lines = new ArrayList<>(bars.size() + 1);
        lines.add(DAILY_HEADER);
        for (DailyBar bar : bars) {
            lines.add(String.join(",", bar.date().toString(), Ticks.format(bar.open()), Ticks.format(bar.high()),
                    Ticks.format(bar.low()), Ticks.format(bar.close()), Ticks.format(bar.adjClose()),
                    Long.toString(bar.volume())));
        }
        write(SampleMarket.DAILY_FOLDER + symbol + ".csv.gz", lines);
    }

    private void writeInstruments(List<Instrument> instruments) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(Instrument.HEADER);
        instruments.forEach(instrument -> lines.add(instrument.toCsv()));
        write(SampleMarket.INSTRUMENTS_FILE, lines);
    }

    private void writeRegimes(List<LocalDate> sessions, Regime[] regimes) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("date,regime");
        for (int t = 0; t < sessions.size(); t++) {
            lines.add(sessions.get(t) + "," + regimes[t].label());
        }
        write(SampleMarket.REGIMES_FILE, lines);
    }

    private void writeEvents(CorporateEvents events) throws IOException {
        List<String> splits = new ArrayList<>();
        splits.add("symbol,date,ratio");
        events.splits().forEach(split -> splits.add(split.symbol() + "," + split.date() + "," + split.ratio()));
        write(SampleMarket.SPLITS_FILE, splits);

        List<String> gaps = new ArrayList<>();
        gaps.add("symbol,first_missing,last_missing,sessions");
        events.gaps().forEach(gap -> gaps.add(String.join(",", gap.symbol(), gap.firstMissing().toString(),
                gap.lastMissing().toString(), Integer.toString(gap.sessions()))));
        write("gaps.csv", gaps);
    }

    private void writeAbout() throws IOException {
        write("ABOUT.txt", List.of(
                "SYNTHETIC MARKET DATA - NOT REAL PRICES.",
                "Generated by dev.sextant.sample.GenerateSampleMarket (module sample-data of Sextant).",
                "Every symbol ends in " + SampleMarket.SUFFIX + " so it cannot be confused with a real one.",
                "See sample-data/README.md for the model and how to regenerate.",
                "Parameters: " + parameters));
    }

    private Noise barNoise(String symbol) {
        return Noise.stream(parameters.seed(), "bars-" + symbol);
    }

    private void write(String relativeName, List<String> lines) throws IOException {
        DeterministicFiles.writeLines(folder.resolve(relativeName), lines);
        written.add(relativeName);
    }
}
