package dev.sextant.engine.market.verify;

import java.util.List;
import java.util.stream.IntStream;

/** Renders findings as a plain-text table with aligned columns: symbol, timeframe, at, kind, detail. */
public final class FindingTable {

    private static final List<String> HEADER = List.of("symbol", "timeframe", "at", "kind", "detail");

    private FindingTable() {
    }

    public static String render(List<Finding> findings) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        findings.forEach(f -> rows.add(List.of(f.symbol(), f.timeframe().code(), f.at(), f.kind().name(), f.detail())));
        int[] widths = IntStream.range(0, HEADER.size())
                .map(c -> rows.stream().mapToInt(r -> r.get(c).length()).max().orElse(0))
                .toArray();
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                boolean last = c == row.size() - 1;
                table.append(last ? row.get(c) : String.format("%-" + widths[c] + "s  ", row.get(c)));
            }
            table.append('\n');
        }
        return table.toString();
    }
}
