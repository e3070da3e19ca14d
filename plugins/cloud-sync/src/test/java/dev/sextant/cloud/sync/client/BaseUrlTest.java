package dev.sextant.cloud.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

    @Test
    void httpsIsAcceptedAnywhere() {
        assertThat(BaseUrl.parse("https://api.sextant.example/").resolve("v1/signals").toString())
                .isEqualTo("https://api.sextant.example/v1/signals");
    }

    @Test
    void plainHttpIsAcceptedForLoopbackAddressesOnly() {
        assertThat(BaseUrl.parse("http://localhost:8080/").url().port()).isEqualTo(8080);
        assertThat(BaseUrl.parse("http://127.0.0.1:9/").url().host()).isEqualTo("127.0.0.1");
        assertThat(BaseUrl.parse("http://127.4.5.6/").url().host()).isEqualTo("127.4.5.6");
        assertThat(BaseUrl.parse("http://[::1]:8080/").url().host()).isEqualTo("::1");
    }

    @Test
    void plainHttpToAnyOtherHostIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> BaseUrl.parse("http://api.sextant.example/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http:// to api.sextant.example")
                .hasMessageContaining("Use https://")
                .hasMessageContaining("only for loopback addresses");
        assertThatThrownBy(() -> BaseUrl.parse("http://192.168.1.10/")).hasMessageContaining("Use https://");
        assertThatThrownBy(() -> BaseUrl.parse("http://127.0.0.1.nip.io/")).hasMessageContaining("Use https://");
        assertThatThrownBy(() -> BaseUrl.parse("ftp://example.com/")).hasMessageContaining("not an http(s) URL");
    }
}
