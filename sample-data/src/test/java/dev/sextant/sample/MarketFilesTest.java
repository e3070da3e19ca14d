package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shape and consistency of every shipped file, read through the {@link SampleMarket} API. */
class MarketFilesTest {

    private static final Pattern PRICE = Pattern.compile("\\d+\\.\\d{4}");
    private static final Pattern VOLUME = Pattern.compile("\\d+");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void everyDailyRowIsAConsistentBarOnASessionInAscendingOrder() throws IOException {
        Set<LocalDate> sessions = SampleMarket.regimes().keySet();
        List<String> problems = new ArrayList<>();
        for (String name : SampleMarket.dailyFiles()) {
            try (BufferedReader reader = SampleMarket.reader(name)) {
                assertThat(reader.readLine()).as(name).isEqualTo("date,open,high,low,close,adj_close,volume");
                LocalDate previous = LocalDate.MIN;
                int line = 1;
                for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                    line++;
                    String[] fields = row.split(",", -1);
                    if (fields.length != 7) {
                        problems.add(name + ":" + line + " has " + fields.length + " fields");
                        continue;
                    }
                    LocalDate date = LocalDate.parse(fields[0]);
                    if (!date.isAfter(previous) || !sessions.contains(date)) {
                        problems.add(name + ":" + line + " date out of order or not a session: " + date);
                    }
                    String barProblem = barProblem(fields[1], fields[2], fields[3], fields[4], fields[6]);
                    if (barProblem != null) {
                        problems.add(name + ":" + line + " " + barProblem);
                    }
                    if (!isPositivePrice(fields[5])) {
                        problems.add(name + ":" + line + " bad adj_close " + fields[5]);
                    }
                    previous = date;
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyIntradayFileHasFullSessionsOfConsistentMinutesThatAddUpToTheDailyBar() throws IOException {
        assertThat(SampleMarket.intradayFiles()).hasSizeGreaterThanOrEqualTo(10)
                .contains("intraday/" + SampleMarket.indexSymbol() + ".csv.gz");
        for (String name : SampleMarket.intradayFiles()) {
            Map<LocalDate, List<String[]>> sessions = new LinkedHashMap<>();
            try (BufferedReader reader = SampleMarket.reader(name)) {
                assertThat(reader.readLine()).as(name).isEqualTo("timestamp,open,high,low,close,volume");
                int line = 1;
                LocalDateTime previous = LocalDateTime.MIN;
                for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                    line++;
                    String where = name + ":" + line;
                    String[] fields = row.split(",", -1);
                    assertThat(fields).as(where).hasSize(6);
                    LocalDateTime start = LocalDateTime.parse(fields[0], TIMESTAMP);
                    assertThat(start).as(where).isAfter(previous);
                    assertThat(start.toLocalTime()).as(where)
                            .isBetween(IntradayBarBuilder.PRE_MARKET_OPEN, LocalTime.of(15, 59));
                    assertThat(barProblem(fields[1], fields[2], fields[3], fields[4], fields[5])).as(where).isNull();
                    if (!start.toLocalTime().isBefore(TradingCalendar.OPEN)) {
                        sessions.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(fields);
                    }
                    previous = start;
                }
            }
            assertThat(sessions).as(name).hasSizeGreaterThanOrEqualTo(60);
            assertMatchesDailyBars(name, sessions);
        }
    }

    @Test
    void marketCoversAtLeastFifteenYearsAndEveryRegime() {
        SortedMap<LocalDate, Regime> regimes = SampleMarket.regimes();
        assertThat(regimes.firstKey()).isBeforeOrEqualTo(regimes.lastKey().minusYears(15));
        assertThat(EnumSet.copyOf(regimes.values())).containsExactlyInAnyOrder(Regime.values());
        DailySeries index = DailySeries.read(SampleMarket.indexSymbol());
        assertThat(index.dates()).containsExactlyElementsOf(regimes.keySet());
    }

    @Test
    void instrumentsAreSyntheticSuffixedAndEachHasItsDailyFile() {
        List<Instrument> instruments = SampleMarket.instruments();
        assertThat(instruments).allSatisfy(instrument -> {
            assertThat(instrument.symbol()).endsWith(".SX");
            assertThat(instrument.name()).contains("Synthetic");
        });
        assertThat(instruments).filteredOn(i -> i.kind() == InstrumentKind.STOCK).hasSizeGreaterThanOrEqualTo(100);
        assertThat(instruments).filteredOn(i -> i.kind() == InstrumentKind.ETF && i.sector().isPresent())
                .hasSize(11);
        assertThat(instruments).extracting(Instrument::symbol)
                .contains(SampleMarket.indexSymbol(), SampleMarket.volatilitySymbol(), "TECH.SX", "FIN.SX");
        assertThat(instruments).filteredOn(i -> i.symbol().equals(SampleMarket.volatilitySymbol()))
                .singleElement().extracting(Instrument::kind).isEqualTo(InstrumentKind.INDEX);
        assertThat(SampleMarket.dailyFiles()).map(SampleMarket::symbolOf)
                .containsExactlyInAnyOrderElementsOf(instruments.stream().map(Instrument::symbol).toList());
    }

    @Test
    void splitsShowAsRawJumpsButNotInAdjustedCloses() {
        List<Split> splits = SampleMarket.splits();
        assertThat(splits).hasSizeBetween(3, 5);
        for (Split split : splits) {
            assertThat(split.ratio()).isIn(2, 3);
            DailySeries series = DailySeries.read(split.symbol());
            int day = series.dates().indexOf(split.date());
            assertThat(day).as("split date is a row of %s", split.symbol()).isPositive();
            double rawMove = series.close()[day] / series.close()[day - 1];
            double adjustedMove = series.adjClose()[day] / series.adjClose()[day - 1];
            assertThat(rawMove * split.ratio()).as("%s raw move × ratio", split).isBetween(0.7, 1.4);
            assertThat(adjustedMove).as("%s adjusted move", split).isBetween(0.7, 1.4);
            for (int i = 0; i < series.size(); i++) {
                double factor = i < day ? split.ratio() : 1;
                assertThat(series.close()[i]).as("%s close on %s", split.symbol(), series.dates().get(i))
                        .isCloseTo(series.adjClose()[i] * factor, within(1e-6));
            }
        }
    }

    @Test
    void someStocksMissAStretchOfSessionsAndStocksGapOnEarnings() {
        int sessions = SampleMarket.regimes().size();
        int gappedStocks = 0;
        int bigOpeningGaps = 0;
        for (Instrument stock : SampleMarket.instruments()) {
            if (stock.kind() != InstrumentKind.STOCK) {
                continue;
            }
            DailySeries series = DailySeries.read(stock.symbol());
            if (series.size() <= sessions - 5) {
                gappedStocks++;
            }
            for (int i = 1; i < series.size(); i++) {
                double gap = series.open()[i] / series.adjClose()[i - 1] * series.adjClose()[i] / series.close()[i];
                if (Math.abs(gap - 1) > 0.08) {
                    bigOpeningGaps++;
                }
            }
        }
        assertThat(gappedStocks).as("stocks missing 5 or more sessions").isGreaterThanOrEqualTo(2);
        assertThat(bigOpeningGaps).as("opening gaps beyond 8 %").isGreaterThan(200);
    }

    @Test
    void shippedFilesStayWellUnderThirtyMegabytes() throws IOException {
        long total = 0;
        for (String name : SampleMarket.files()) {
            try (InputStream in = SampleMarket.open(name)) {
                total += in.transferTo(OutputStream.nullOutputStream());
            }
        }
        assertThat(total).isLessThan(20L * 1024 * 1024);
    }

    /** Why a bar is inconsistent, or null if it is fine: 4-decimal prices, low > 0, low ≤ open/close ≤ high, integer volume. */
    private static String barProblem(String open, String high, String low, String close, String volume) {
        for (String price : List.of(open, high, low, close)) {
            if (!isPositivePrice(price)) {
                return "bad price " + price;
            }
        }
        if (!VOLUME.matcher(volume).matches()) {
            return "bad volume " + volume;
        }
        double o = Double.parseDouble(open);
        double h = Double.parseDouble(high);
        double l = Double.parseDouble(low);
        double c = Double.parseDouble(close);
        if (l > Math.min(o, c) || h < Math.max(o, c)) {
            return "inconsistent OHLC " + String.join(",", open, high, low, close);
        }
        return null;
    }

    private static boolean isPositivePrice(String price) {
        return PRICE.matcher(price).matches() && Double.parseDouble(price) > 0;
    }

    private static void assertMatchesDailyBars(String name, Map<LocalDate, List<String[]>> sessions) {
        DailySeries daily = DailySeries.read(SampleMarket.symbolOf(name));
        Set<LocalDate> checked = new HashSet<>();
        sessions.forEach((date, minutes) -> {
            String where = name + " " + date;
            LocalTime close = TradingCalendar.close(date);
            assertThat(minutes).as(where).hasSize((int) Duration.between(TradingCalendar.OPEN, close).toMinutes());
            assertThat(minutes.getFirst()[0]).as(where).endsWith("09:30:00");
            assertThat(minutes.getLast()[0]).as(where).endsWith(close.minusMinutes(1) + ":00");
            int day = daily.dates().indexOf(date);
            assertThat(day).as(where + " has a daily bar").isNotNegative();
            double high = minutes.stream().mapToDouble(m -> Double.parseDouble(m[2])).max().orElseThrow();
            double low = minutes.stream().mapToDouble(m -> Double.parseDouble(m[3])).min().orElseThrow();
            long volume = minutes.stream().mapToLong(m -> Long.parseLong(m[5])).sum();
            assertThat(Double.parseDouble(minutes.getFirst()[1])).as(where + " open").isEqualTo(daily.open()[day]);
            assertThat(Double.parseDouble(minutes.getLast()[4])).as(where + " close").isEqualTo(daily.close()[day]);
            assertThat(high).as(where + " high").isEqualTo(daily.high()[day]);
            assertThat(low).as(where + " low").isEqualTo(daily.low()[day]);
            assertThat(volume).as(where + " volume").isEqualTo(daily.volume()[day]);
            checked.add(date);
        });
        assertThat(checked).as("intraday sessions are the last daily sessions")
                .containsExactlyInAnyOrderElementsOf(daily.dates().subList(daily.size() - checked.size(), daily.size()));
    }
}
