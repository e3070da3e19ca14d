package dev.sextant.data.csv;

import java.util.List;

/**
 * The accepted rows of a file before they become series.
 *
 * @param rows    the rows in file order
 * @param symbols the symbols met, indexed by {@link RowBuffer#symbol}
 * @param daily   whether every timestamp is a plain date (no time of day, or midnight)
 * @param layout  the detected layout and stamp kinds, for the import report
 */
record ParsedRows(RowBuffer rows, List<String> symbols, boolean daily, String layout) {

    /** Indexes of the rows of one symbol, in file order. */
    int[] rowsOf(int symbolIndex) {
        int count = 0;
        for (int i = 0; i < rows.size; i++) {
            if (rows.symbol[i] == symbolIndex) {
                count++;
            }
        }
        int[] indexes = new int[count];
        int k = 0;
        for (int i = 0; i < rows.size; i++) {
            if (rows.symbol[i] == symbolIndex) {
                indexes[k++] = i;
            }
        }
        return indexes;
    }
}
