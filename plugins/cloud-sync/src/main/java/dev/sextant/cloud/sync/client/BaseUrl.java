package dev.sextant.cloud.sync.client;

import java.net.InetAddress;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The account API's base URL. It must use HTTPS, except for loopback addresses (localhost,
 * 127.0.0.0/8, ::1), where plain HTTP is allowed for a local server. Host names other than
 * {@code localhost} are never resolved to decide this.
 */
public record BaseUrl(HttpUrl url) {

    public static BaseUrl parse(String text) {
        HttpUrl url = HttpUrl.parse(text.strip());
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) URL: '" + text + "'");
        }
        if (url.scheme().equals("http") && !isLoopback(url.host())) {
            throw new IllegalArgumentException("the sync URL " + text + " uses plain http:// to " + url.host()
                    + ": tokens and signals would travel unencrypted. Use https:// (http:// is allowed only for"
                    + " loopback addresses: localhost, 127.0.0.1, ::1).");
        }
        return new BaseUrl(url);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        boolean ipLiteral = h.contains(":") || h.matches("[0-9.]+");
        return ipLiteral && InetAddress.ofLiteral(h).isLoopbackAddress();
    }

    /** {@code path} (e.g. {@code auth/login}) below the base URL. */
    public HttpUrl resolve(String path) {
        return url.newBuilder().addPathSegments(path).build();
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
