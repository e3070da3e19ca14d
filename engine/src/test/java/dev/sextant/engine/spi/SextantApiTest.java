package dev.sextant.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SextantApiTest {

    @Test
    void sameMajorAndAnOlderOrEqualMinorAreSupported() {
        assertThat(SextantApi.VERSION).isEqualTo("1.2");
        assertThat(SextantApi.supports("1.0")).isTrue();
        assertThat(SextantApi.supports("1.1")).isTrue();
        assertThat(SextantApi.supports("1.2")).isTrue();
        assertThat(SextantApi.supports("1.3")).isFalse();
        assertThat(SextantApi.supports("0.9")).isFalse();
        assertThat(SextantApi.supports("2.0")).isFalse();
    }

    @Test
    void versionsAreMajorDotMinor() {
        assertThat(SextantApi.parse(" 12.3 ")).containsExactly(12, 3);
        assertThatThrownBy(() -> SextantApi.parse("1")).hasMessageContaining("'1' is not MAJOR.MINOR");
        assertThatThrownBy(() -> SextantApi.parse("1.0.0")).hasMessageContaining("is not MAJOR.MINOR");
        assertThatThrownBy(() -> SextantApi.parse("1.x")).hasMessageContaining("is not MAJOR.MINOR");
    }

    @Test
    void descriptorsCheckTheirFields() {
        assertThat(PluginDescriptor.of("my-plugin", "Mine", "0.1").apiVersion()).isEqualTo(SextantApi.VERSION);
        assertThatThrownBy(() -> PluginDescriptor.of("My Plugin", "Mine", "0.1")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> PluginDescriptor.of("p", " ", "0.1")).hasMessageContaining("no name");
        assertThatThrownBy(() -> new PluginDescriptor("p", "P", "1", "one")).hasMessageContaining("not MAJOR.MINOR");
    }
}
