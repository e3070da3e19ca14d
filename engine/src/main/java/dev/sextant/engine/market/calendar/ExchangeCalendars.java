package dev.sextant.engine.market.calendar;

import java.util.List;
import java.util.Locale;

/** The calendars Sextant knows, by id; NYSE is the default for US equities. */
public final class ExchangeCalendars {

    public static final ExchangeCalendar NYSE = NyseCalendar.nyse();
    public static final ExchangeCalendar NASDAQ = NyseCalendar.nasdaq();

    private static final List<ExchangeCalendar> ALL = List.of(NYSE, NASDAQ);

    private ExchangeCalendars() {
    }

    /** The calendar with this id (case-insensitive), e.g. {@code XNYS} or {@code XNAS}. */
    public static ExchangeCalendar of(String id) {
        return ALL.stream().filter(c -> c.id().equalsIgnoreCase(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown exchange calendar '" + id + "' (expected one of "
                        + String.join(", ", ALL.stream().map(ExchangeCalendar::id).toList()) + ")"));
    }

    /** The first calendar kept in {@code zone}, if Sextant knows one (NYSE for America/New_York). */
    public static java.util.Optional<ExchangeCalendar> inZone(java.time.ZoneId zone) {
        return ALL.stream().filter(c -> c.zone().equals(zone)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(c -> c.id().toUpperCase(Locale.ROOT)).toList();
    }
}
