package dev.sextant.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamSpaceTest {

    private final ParamSpace space = ParamSpace.of(
            ParamSpec.ofInt("period", 2, 400, 200, "window"),
            ParamSpec.ofFloat("threshold", 0.0, 1.0, 0.05, "above"),
            ParamSpec.ofLogFloat("scale", 0.001, 10, 1, "log"),
            ParamSpec.ofChoice("variant", List.of("return", "return-vol"), "return", "v"));

    @Test
    void defaultsFillEveryParam() {
        Params p = space.defaults();
        assertThat(p.getInt("period")).isEqualTo(200);
        assertThat(p.getDouble("threshold")).isEqualTo(0.05);
        assertThat(p.getString("variant")).isEqualTo("return");
        assertThat(p.canonical()).isEqualTo("period=200;scale=1.0;threshold=0.05;variant=return");
    }

    @Test
    void overridesAreCoercedFromText() {
        Params p = space.resolve(Map.of("period", "50", "threshold", "0.1", "variant", "RETURN-VOL"));
        assertThat(p.getInt("period")).isEqualTo(50);
        assertThat(p.getDouble("threshold")).isEqualTo(0.1);
        assertThat(p.getString("variant")).isEqualTo("return-vol");
    }

    @Test
    void outOfRangeValuesAreRejectedWithClearMessages() {
        assertThatThrownBy(() -> space.resolve(Map.of("threshold", 2.5)))
                .hasMessage("param 'threshold' = 2.5 is above its maximum 1.0");
        assertThatThrownBy(() -> space.resolve(Map.of("period", 1)))
                .hasMessage("param 'period' = 1 is below its minimum 2");
        assertThatThrownBy(() -> space.resolve(Map.of("period", "abc")))
                .hasMessage("param 'period' = abc is not an integer");
        assertThatThrownBy(() -> space.resolve(Map.of("variant", "x")))
                .hasMessage("param 'variant' = x is not one of [return, return-vol]");
        assertThatThrownBy(() -> space.resolve(Map.of("perod", 3)))
                .hasMessage("unknown param 'perod' (known: [period, threshold, scale, variant])");
    }

    @Test
    void logScaleNeedsPositiveMinimum() {
        assertThatThrownBy(() -> ParamSpec.ofLogFloat("x", 0, 1, 0.5, ""))
                .hasMessageContaining("log scale needs min > 0");
    }
}
