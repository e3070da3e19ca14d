package dev.sextant.data.csv;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of one decompressed bar file into a {@link RowBuffer}, checking each row
 * (rules in {@link BarFileReader}). Works on the raw bytes: no string, regex or formatter per row.
 */
final class BarFileParser {

    private static final int AVERAGE_ROW_BYTES = 48;

    private final byte[] data;
    private final LocalDate latestDate;
    private final long latestEpochDay;
    private final String fileSymbol;
    private final RowRejections rejections;
    private final FieldSplitter fields = new FieldSplitter();
    private final TimestampParser timestamp = new TimestampParser();
    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIndexes = new HashMap<>();
    private final RowBuffer rows;
    private HeaderColumns columns;
    private boolean hasTimeOfDay;
    private int lastSymbolStart = -1;
    private int lastSymbolEnd;
    private int lastSymbolIndex;
    private int fileSymbolIndex = -1;

    BarFileParser(byte[] data, String fileSymbol, LocalDate latestDate, RowRejections rejections) {
        this.data = data;
        this.latestDate = latestDate;
        this.latestEpochDay = latestDate.toEpochDay();
        this.fileSymbol = fileSymbol;
        this.rejections = rejections;
        this.rows = new RowBuffer(data.length / AVERAGE_ROW_BYTES);
    }

    ParsedRows parse() throws BadFileException {
        int pos = startAfterByteOrderMark();
        int headerEnd = lineEnd(pos);
        if (isBlank(pos, contentEnd(pos, headerEnd))) {
            throw rejections.fileError(1, isBlank(pos, data.length) ? "file is empty" : "line 1 is blank, expected a header");
        }
        boolean headerless = readHeader(pos, contentEnd(pos, headerEnd));
        int lineNumber = headerless ? 0 : 1;
        int dataLines = 0;
        for (pos = headerless ? pos : headerEnd + 1; pos < data.length; ) {
            int lineEnd = lineEnd(pos);
            int end = contentEnd(pos, lineEnd);
            lineNumber++;
            if (!isBlank(pos, end)) {
                dataLines++;
                try {
                    readRow(pos, end, lineNumber);
                } catch (MalformedRowException e) {
                    rejections.reject(lineNumber, e.reason());
                }
            }
            pos = lineEnd + 1;
        }
        if (dataLines == 0) {
            throw rejections.fileError(1, "no data rows after the header");
        }
        return new ParsedRows(rows, List.copyOf(symbols), !hasTimeOfDay, layoutText());
    }

    /** The detected layout and how its stamps were written, e.g. {@code Polygon flat file, epoch nanoseconds}. */
    private String layoutText() {
        List<String> parts = new ArrayList<>();
        parts.add(columns.layout().text());
        parts.addAll(timestamp.kindTexts());
        return String.join(", ", parts);
    }

    /** Reads the header, or recognises a headerless layout; returns whether the first line is data. */
    private boolean readHeader(int from, int to) throws BadFileException {
        int count = fields.split(data, from, to);
        timestamp.usDates = true;
        if (count > 1 && timestamp.parseTimestamp(data, fields.start(0), fields.end(0))) {
            boolean separateTime = timestamp.secondOfDay == TimestampParser.NO_TIME
                    && timestamp.parseTimeOfDay(data, fields.start(1), fields.end(1));
            timestamp.kindsSeen = 0;
            timestamp.usDates = separateTime;
            try {
                columns = HeaderColumns.positional(count, separateTime);
            } catch (MalformedRowException e) {
                throw rejections.fileError(1, e.reason());
            }
            return true;
        }
        timestamp.usDates = false;
        List<String> header = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            header.add(new String(data, fields.start(i), fields.end(i) - fields.start(i), StandardCharsets.UTF_8));
        }
        try {
            columns = HeaderColumns.of(header);
        } catch (MalformedRowException e) {
            throw rejections.fileError(1, e.reason());
        }
        return false;
    }

    private void readRow(int from, int to, int lineNumber) {
        int count = fields.split(data, from, to);
        if (count != columns.fieldCount()) {
            throw new MalformedRowException("expected " + columns.fieldCount() + " fields but found " + count);
        }
        int symbolIndex = symbolIndex();
        readTimestamp();
        double open = price(columns.open());
        double high = price(columns.high());
        double low = price(columns.low());
        double close = price(columns.close());
        double adjClose = columns.adjClose() == HeaderColumns.ABSENT ? close : price(columns.adjClose());
        double volume = columns.volume() == HeaderColumns.ABSENT ? 0 : volume(columns.volume());
        checkHigh(columns.low(), high < low);
        checkHigh(columns.open(), high < open);
        checkHigh(columns.close(), high < close);
        checkLow(columns.open(), low > open);
        checkLow(columns.close(), low > close);
        if (timestamp.secondOfDay > 0) {
            hasTimeOfDay = true;
        }
        rows.add(symbolIndex, lineNumber, timestamp, open, high, low, close, adjClose, volume);
    }

    private int symbolIndex() {
        int column = columns.symbol();
        if (column == HeaderColumns.ABSENT) {
            if (fileSymbolIndex < 0) {
                fileSymbolIndex = indexOf(fileSymbol);
            }
            return fileSymbolIndex;
        }
        int from = fields.start(column);
        int to = fields.end(column);
        if (from == to) {
            throw new MalformedRowException(columns.name(column) + " is missing");
        }
        if (lastSymbolStart < 0 || !Arrays.equals(data, from, to, data, lastSymbolStart, lastSymbolEnd)) {
            lastSymbolIndex = indexOf(SymbolNames.normalize(text(column)));
            lastSymbolStart = from;
            lastSymbolEnd = to;
        }
        return lastSymbolIndex;
    }

    private int indexOf(String symbol) {
        return symbolIndexes.computeIfAbsent(symbol, s -> {
            symbols.add(s);
            return symbols.size() - 1;
        });
    }

    private void readTimestamp() {
        int column = columns.timestamp();
        requirePresent(column);
        if (!timestamp.parseTimestamp(data, fields.start(column), fields.end(column))) {
            throw new MalformedRowException(timestamp.problem != null
                    ? columns.name(column) + " " + shown(column) + " " + timestamp.problem
                    : "cannot parse " + columns.name(column) + " '" + shown(column) + "'");
        }
        if (timestamp.epochDay > latestEpochDay) {
            throw new MalformedRowException(columns.name(column) + " " + LocalDate.ofEpochDay(timestamp.epochDay)
                    + " is in the future (the latest date accepted is " + latestDate + ")");
        }
        int timeColumn = columns.timeOfDay();
        if (timeColumn != HeaderColumns.ABSENT) {
            requirePresent(timeColumn);
            if (timestamp.secondOfDay != TimestampParser.NO_TIME
                    || !timestamp.parseTimeOfDay(data, fields.start(timeColumn), fields.end(timeColumn))) {
                throw new MalformedRowException("cannot parse " + columns.name(timeColumn) + " '" + shown(timeColumn) + "'");
            }
        }
    }

    private double price(int column) {
        double value = number(column);
        if (value <= 0) {
            throw new MalformedRowException(columns.name(column) + " " + shown(column) + " is not positive");
        }
        return value;
    }

    private double volume(int column) {
        double value = number(column);
        if (value < 0) {
            throw new MalformedRowException(columns.name(column) + " " + shown(column) + " is negative");
        }
        return value;
    }

    private double number(int column) {
        requirePresent(column);
        double value = DecimalParser.parse(data, fields.start(column), fields.end(column));
        if (Double.isNaN(value) && !isNonFiniteWord(text(column))) {
            throw new MalformedRowException("cannot parse " + columns.name(column) + " '" + shown(column) + "'");
        }
        if (!Double.isFinite(value)) {
            throw new MalformedRowException(columns.name(column) + " " + shown(column) + " is not a finite number");
        }
        return value;
    }

    private void checkHigh(int otherColumn, boolean violated) {
        if (violated) {
            throw new MalformedRowException(columns.name(columns.high()) + " " + shown(columns.high())
                    + " is below " + columns.name(otherColumn) + " " + shown(otherColumn));
        }
    }

    private void checkLow(int otherColumn, boolean violated) {
        if (violated) {
            throw new MalformedRowException(columns.name(columns.low()) + " " + shown(columns.low())
                    + " is above " + columns.name(otherColumn) + " " + shown(otherColumn));
        }
    }

    private void requirePresent(int column) {
        if (fields.isEmpty(column)) {
            throw new MalformedRowException(columns.name(column) + " is missing");
        }
    }

    private static boolean isNonFiniteWord(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        if (word.startsWith("-") || word.startsWith("+")) {
            word = word.substring(1);
        }
        return word.equals("nan") || word.equals("inf") || word.equals("infinity");
    }

    /** The field as quoted in an error message ({@link Excerpt}). */
    private String shown(int column) {
        return Excerpt.of(data, fields.start(column), fields.end(column));
    }

    private String text(int column) {
        return new String(data, fields.start(column), fields.end(column) - fields.start(column), StandardCharsets.UTF_8);
    }

    private int startAfterByteOrderMark() {
        boolean bom = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF;
        return bom ? 3 : 0;
    }

    /** Index of the line break ending the line that starts at {@code from}, or the data length. */
    private int lineEnd(int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i;
    }

    /** End of a line's content: before a trailing carriage return. */
    private int contentEnd(int from, int lineEnd) {
        return lineEnd > from && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
