package dev.sextant.data.settings;

import dev.sextant.engine.settings.Setting;
import dev.sextant.engine.settings.SettingsStore;

import static dev.sextant.data.jooq.Tables.SETTING;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Named string settings in the {@code setting} table, e.g. {@code provider.polygon.apikey}. jOOQ's
 * execute logging is switched off for these queries, because at DEBUG level it would print the
 * bound and fetched values, API keys among them.
 */
public final class SettingsRepository implements SettingsStore {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = DSL.using(dsl.configuration().derive(dsl.settings().withExecuteLogging(false)));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name))
                .fetchOne(SETTING.SETTING_VALUE));
    }

    /** Stores {@code value} under {@code name}, replacing an earlier value. */
    public void set(String name, String value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid setting name '" + name
                    + "': use lower-case letters, digits, '.', '_' and '-', e.g. provider.polygon.apikey");
        }
        dsl.mergeInto(SETTING)
                .using(dsl.selectOne())
                .on(SETTING.NAME.eq(name))
                .whenMatchedThenUpdate()
                .set(SETTING.SETTING_VALUE, value)
                .set(SETTING.UPDATED_AT, OffsetDateTime.now())
                .whenNotMatchedThenInsert(SETTING.NAME, SETTING.SETTING_VALUE)
                .values(name, value)
                .execute();
    }

    /** Every setting, sorted by name. */
    public List<Setting> list() {
        return dsl.select(SETTING.NAME, SETTING.SETTING_VALUE).from(SETTING).orderBy(SETTING.NAME)
                .fetch(r -> new Setting(r.value1(), r.value2()));
    }
}
