package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/** One rule applied to every bar of a series. */
interface BarCheck {

    /** The findings of this rule, in time order. */
    List<Finding> inspect(PriceColumns series);
}
