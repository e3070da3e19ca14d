package dev.sextant.data.setting;

import static dev.sextant.data.jooq.Tables.SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Named user settings in H2 (table {@code setting}); a blank value counts as not set. */
public final class JooqSettingRepository {

    private final DSLContext dsl;

    public JooqSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The trimmed value of setting {@code name}, or empty when it is not set or blank. */
    public Optional<String> get(String name) {
        String value = dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name))
                .fetchOne(SETTING.SETTING_VALUE);
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
