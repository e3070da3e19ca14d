package dev.sextant.data.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.engine.market.CorporateAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqCorporateActionRepositoryTest {

    @TempDir
    Path home;

    @Test
    void theActionsOfManySymbolsInOneQueryAreEachSymbolsOwnInTheAskedOrder() {
        try (Database db = Database.open(home)) {
            CorporateAction split = new CorporateAction(LocalDate.of(2020, 8, 31), CorporateAction.Type.SPLIT, 4.0);
            CorporateAction dividend = new CorporateAction(LocalDate.of(2020, 8, 7), CorporateAction.Type.DIVIDEND, 0.82);
            CorporateAction other = new CorporateAction(LocalDate.of(2021, 2, 5), CorporateAction.Type.DIVIDEND, 0.205);
            db.dsl().transaction(cfg -> {
                JooqCorporateActionRepository.record(cfg.dsl(), JooqInstrumentRepository.ensure(cfg.dsl(), "AAA", false),
                        List.of(split, dividend));
                JooqCorporateActionRepository.record(cfg.dsl(), JooqInstrumentRepository.ensure(cfg.dsl(), "BBB", false),
                        List.of(other));
                JooqInstrumentRepository.ensure(cfg.dsl(), "CCC", false);
            });
            JooqCorporateActionRepository repo = new JooqCorporateActionRepository(db.dsl());

            List<String> asked = List.of("CCC", "BBB", "NONE", "AAA");
            List<List<CorporateAction>> each = repo.actionsOf(asked);

            assertThat(each).containsExactly(List.of(), List.of(other), List.of(), List.of(dividend, split));
            assertThat(each).isEqualTo(asked.stream().map(repo::actions).toList());
        }
    }
}
