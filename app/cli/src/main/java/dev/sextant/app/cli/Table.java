package dev.sextant.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns sized to their content; numbers right-aligned. */
final class Table {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        this.header = header;
    }

    void add(String... cells) {
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c] == null ? 0 : row[c].length());
            }
        }
        printRow(out, header, width);
        for (String[] row : rows) {
            printRow(out, row, width);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c] == null ? "" : cells[c];
            boolean numeric = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-')
                    && cell.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',' || ch == '.' || ch == '-' || ch == '%');
            String pad = " ".repeat(width[c] - cell.length());
            line.append(numeric ? pad + cell : cell + pad);
            if (c < cells.length - 1) {
                line.append("  ");
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
