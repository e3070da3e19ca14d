package dev.sextant.data.provider;

/**
 * A complete HTTP answer: status, content type (empty when absent), the whole body as text, and
 * the {@code Retry-After} header (empty when absent).
 */
public record HttpAnswer(int code, String contentType, String body, String retryAfter) {

    public boolean isSuccessful() {
        return code >= 200 && code < 300;
    }
}
