package dev.sextant.engine.market.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * NYSE (and Nasdaq, which keeps the same days and hours): 09:30–16:00 America/New_York on
 * weekdays, computed for any year from NYSE Rule 7.2 as it stands:
 * <ul>
 *   <li>Holidays: New Year's Day, Martin Luther King Jr. Day (third Monday of January, from
 *       1998), Washington's Birthday (third Monday of February), Good Friday, Memorial Day (last
 *       Monday of May), Juneteenth (19 June, from 2022), Independence Day, Labor Day (first Monday
 *       of September), Thanksgiving (fourth Thursday of November) and Christmas Day.</li>
 *   <li>A fixed-date holiday on a Sunday is kept on the Monday after, on a Saturday on the Friday
 *       before, except New Year's Day: 31 December ends a year and stays open.</li>
 *   <li>Early closes at 13:00: 3 July when it is a Monday to Thursday, the day after Thanksgiving,
 *       and 24 December when it is a Monday to Thursday.</li>
 *   <li>Unscheduled closures (storms, national days of mourning) cannot be computed; the known
 *       ones since 2001 are listed in {@link #UNSCHEDULED_CLOSURES}, and more can be added with
 *       {@link #withClosures(Set)}.</li>
 * </ul>
 * Years before 1998 are computed with the same rules (without MLK day), which is close to, but
 * not exactly, what the exchange did then.
 */
public final class NyseCalendar implements ExchangeCalendar {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);
    public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

    /** Closures no rule predicts: 9/11, Reagan, Ford, Hurricane Sandy, G. H. W. Bush, Carter. */
    public static final Set<LocalDate> UNSCHEDULED_CLOSURES = Set.of(
            LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 12), LocalDate.of(2001, 9, 13),
            LocalDate.of(2001, 9, 14), LocalDate.of(2004, 6, 11), LocalDate.of(2007, 1, 2),
            LocalDate.of(2012, 10, 29), LocalDate.of(2012, 10, 30), LocalDate.of(2018, 12, 5),
            LocalDate.of(2025, 1, 9));

    private final String id;
    private final Set<LocalDate> closures;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private NyseCalendar(String id, Set<LocalDate> closures) {
        this.id = id;
        this.closures = Set.copyOf(closures);
    }

    /** NYSE with the known unscheduled closures. */
    public static NyseCalendar nyse() {
        return new NyseCalendar("XNYS", UNSCHEDULED_CLOSURES);
    }

    /** Nasdaq: the same days and hours under its own id. */
    public static NyseCalendar nasdaq() {
        return new NyseCalendar("XNAS", UNSCHEDULED_CLOSURES);
    }

    /** This calendar with more closed dates (for closures announced after this release). */
    public NyseCalendar withClosures(Set<LocalDate> more) {
        Set<LocalDate> all = new TreeSet<>(closures);
        all.addAll(more);
        return new NyseCalendar(id, all);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public Optional<TradingSession> session(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || closures.contains(date)
                || holidays(date.getYear()).contains(date)) {
            return Optional.empty();
        }
        boolean early = isEarlyClose(date);
        return Optional.of(TradingSession.of(date, OPEN, early ? EARLY_CLOSE : CLOSE, NEW_YORK, early));
    }

    /** The full-day holidays falling in {@code year} (observed dates). */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, NyseCalendar::computeHolidays);
    }

    private static Set<LocalDate> computeHolidays(int year) {
        Set<LocalDate> h = new TreeSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            h.add(newYear.plusDays(1));
        } else if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            h.add(newYear);
        }
        if (year >= 1998) {
            h.add(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        }
        h.add(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        h.add(easterSunday(year).minusDays(2));
        h.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2022) {
            h.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        h.add(observed(LocalDate.of(year, Month.JULY, 4)));
        h.add(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        h.add(thanksgiving(year));
        h.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return Set.copyOf(h);
    }

    private static boolean isEarlyClose(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        boolean mondayToThursday = dow.getValue() <= DayOfWeek.THURSDAY.getValue();
        if (date.getMonth() == Month.JULY && date.getDayOfMonth() == 3) {
            return mondayToThursday;
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24) {
            return mondayToThursday;
        }
        return date.equals(thanksgiving(date.getYear()).plusDays(1));
    }

    /** A fixed-date holiday moved off the weekend: Saturday to Friday, Sunday to Monday. */
    private static LocalDate observed(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate thanksgiving(int year) {
        return nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
