package dev.sextant.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The columns of one daily file of the shipped sample market, read by header name. */
record DailySeries(String symbol, List<LocalDate> dates, double[] open, double[] high, double[] low, double[] close,
                   double[] adjClose, long[] volume) {

    static DailySeries read(String symbol) {
        String name = SampleMarket.DAILY_FOLDER + symbol + ".csv.gz";
        try (BufferedReader reader = SampleMarket.reader(name)) {
            List<String> header = List.of(reader.readLine().split(","));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
            int n = rows.size();
            List<LocalDate> dates = new ArrayList<>(n);
            double[] open = new double[n];
            double[] high = new double[n];
            double[] low = new double[n];
            double[] close = new double[n];
            double[] adjClose = new double[n];
            long[] volume = new long[n];
            for (int i = 0; i < n; i++) {
                String[] row = rows.get(i);
                dates.add(LocalDate.parse(row[header.indexOf("date")]));
                open[i] = Double.parseDouble(row[header.indexOf("open")]);
                high[i] = Double.parseDouble(row[header.indexOf("high")]);
                low[i] = Double.parseDouble(row[header.indexOf("low")]);
                close[i] = Double.parseDouble(row[header.indexOf("close")]);
                adjClose[i] = Double.parseDouble(row[header.indexOf("adj_close")]);
                volume[i] = Long.parseLong(row[header.indexOf("volume")]);
            }
            return new DailySeries(symbol, List.copyOf(dates), open, high, low, close, adjClose, volume);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return dates.size();
    }

    /** Log returns of {@code adj_close}; element i is the return into row i + 1. */
    double[] logReturns() {
        double[] returns = new double[size() - 1];
        for (int i = 1; i < size(); i++) {
            returns[i - 1] = Math.log(adjClose[i] / adjClose[i - 1]);
        }
        return returns;
    }

    /** Volumes aligned with {@link #logReturns()}. */
    double[] volumesOfReturnDays() {
        double[] result = new double[size() - 1];
        for (int i = 1; i < size(); i++) {
            result[i - 1] = volume[i];
        }
        return result;
    }
}
