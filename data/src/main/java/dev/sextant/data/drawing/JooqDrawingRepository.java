package dev.sextant.data.drawing;

import static dev.sextant.data.jooq.Tables.CHART_DRAWING;

import dev.sextant.data.jooq.tables.records.ChartDrawingRecord;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingRepository;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.market.Timeframe;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Chart drawings in H2 (table {@code chart_drawing}, migration V7), one row per drawing; every write is one
 * transaction on one row.
 */
public final class JooqDrawingRepository implements DrawingRepository {

    private final DSLContext dsl;

    public JooqDrawingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Drawing> list(String symbol) {
        return dsl.selectFrom(CHART_DRAWING).where(CHART_DRAWING.SYMBOL.eq(symbol)).orderBy(CHART_DRAWING.ID)
                .fetch(JooqDrawingRepository::drawing);
    }

    @Override
    public Drawing add(Drawing drawing) {
        if (drawing.id() != Drawing.NEW) {
            throw new IllegalArgumentException("drawing " + drawing.id() + " is stored already; update it instead");
        }
        return dsl.transactionResult(cfg -> {
            ChartDrawingRecord r = cfg.dsl().newRecord(CHART_DRAWING);
            fill(r, drawing);
            r.store();
            return drawing.withId(r.getId());
        });
    }

    @Override
    public void update(Drawing drawing) {
        dsl.transaction(cfg -> {
            ChartDrawingRecord r = cfg.dsl().fetchOne(CHART_DRAWING, CHART_DRAWING.ID.eq(drawing.id()));
            if (r == null) {
                throw new IllegalArgumentException("no stored drawing with id " + drawing.id());
            }
            fill(r, drawing);
            r.setUpdatedAt(OffsetDateTime.now());
            r.update();
        });
    }

    @Override
    public void delete(long id) {
        dsl.transaction(cfg -> {
            if (cfg.dsl().deleteFrom(CHART_DRAWING).where(CHART_DRAWING.ID.eq(id)).execute() != 1) {
                throw new IllegalArgumentException("no stored drawing with id " + id);
            }
        });
    }

    private static void fill(ChartDrawingRecord r, Drawing d) {
        r.setSymbol(d.symbol());
        r.setKind(d.kind().name());
        r.setDrawnOn(d.drawnOn().code());
        r.setTime1(d.first().time());
        r.setPrice1(d.first().price());
        boolean two = d.anchors().size() > 1;
        r.setTime2(two ? d.last().time() : null);
        r.setPrice2(two ? d.last().price() : null);
        r.setColour(d.style().colour());
        r.setWidth(d.style().width());
        r.setExtendLeft(d.style().extendLeft());
        r.setExtendRight(d.style().extendRight());
        r.setNote(d.text());
    }

    private static Drawing drawing(ChartDrawingRecord r) {
        DrawingKind kind = DrawingKind.valueOf(r.getKind());
        List<Anchor> anchors = new ArrayList<>(List.of(new Anchor(r.getTime1(), r.getPrice1())));
        if (kind.anchors() > 1) {
            if (r.getTime2() == null || r.getPrice2() == null) {
                throw new IllegalStateException("stored drawing " + r.getId() + " (" + kind + ") has no second anchor");
            }
            anchors.add(new Anchor(r.getTime2(), r.getPrice2()));
        }
        return new Drawing(r.getId(), r.getSymbol(), kind, Timeframe.ofCode(r.getDrawnOn()), anchors,
                new DrawingStyle(r.getColour(), r.getWidth(), r.getExtendLeft(), r.getExtendRight()), r.getNote());
    }
}
