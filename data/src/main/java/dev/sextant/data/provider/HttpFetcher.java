package dev.sextant.data.provider;

import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET with the host's rate limit, timeouts and retries. Network errors, timeouts, truncated
 * bodies, {@code 429} and {@code 5xx} are retried with the {@link RetryPolicy}'s backoff; a
 * {@code 429} waits as long as its {@code Retry-After} asks (up to the policy's ceiling). A host
 * that cannot be reached at all is not retried: that is a missing network, not a hiccup. Logs
 * and messages name the host and path only, never the query (which may hold an API key).
 */
public final class HttpFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; Sextant research workstation)";

    private final OkHttpClient client;
    private final HostRateLimiter limiter;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public HttpFetcher(OkHttpClient client, HostRateLimiter limiter, RetryPolicy policy, Sleeper sleeper) {
        this.client = client;
        this.limiter = limiter;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** A client with these timeouts that leaves retrying to {@link HttpFetcher}. */
    public static OkHttpClient client(Duration connectTimeout, Duration readTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .callTimeout(readTimeout.multipliedBy(4).plus(connectTimeout))
                .retryOnConnectionFailure(false)
                .build();
    }

    /**
     * The final answer for {@code target}: a success, a non-retryable HTTP failure, or the last
     * retryable one once the attempts are used up.
     *
     * @throws MarketDataException when the host is unreachable or every attempt failed without an HTTP answer
     */
    public HttpAnswer get(FetchTarget target) {
        return get(target, Headers.of());
    }

    /**
     * As {@link #get(FetchTarget)}, with extra request headers (e.g. a provider's key headers; their
     * values must be among the target's secrets, as headers are never logged).
     */
    public HttpAnswer get(FetchTarget target, Headers headers) {
        Random jitter = policy.jitter();
        String where = target.url().host() + target.url().encodedPath();
        for (int attempt = 1; ; attempt++) {
            limiter.acquire(target.url().host(), target.requestsPerMinute());
            LOG.debug("{} {}: GET {} (attempt {})", target.provider(), target.symbol(), where, attempt);
            HttpAnswer answer;
            try {
                answer = call(target, headers);
            } catch (IOException e) {
                if (isUnreachable(e)) {
                    throw new MarketDataException(target.provider(), target.symbol(), Problem.UNREACHABLE,
                            "cannot connect to " + target.url().host() + ":" + target.url().port()
                                    + " (" + target.redact(e.getMessage()) + ")");
                }
                String problem = describe(e, target);
                if (attempt == policy.maxAttempts()) {
                    throw new MarketDataException(target.provider(), target.symbol(), Problem.TRANSIENT,
                            problem + " (" + attempt + " attempts)");
                }
                LOG.debug("{} {}: {}; retrying", target.provider(), target.symbol(), problem);
                pause(policy.backoff(attempt, jitter));
                continue;
            }
            if (!isRetryable(answer.code()) || attempt == policy.maxAttempts()) {
                return answer;
            }
            Duration backoff = policy.backoff(attempt, jitter);
            Duration wait = answer.code() == 429 ? retryAfter(answer).orElse(backoff) : backoff;
            if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                return answer;
            }
            LOG.debug("{} {}: HTTP {}; retrying in {} ms", target.provider(), target.symbol(), answer.code(), wait.toMillis());
            pause(wait);
        }
    }

    private HttpAnswer call(FetchTarget target, Headers headers) throws IOException {
        Request request = new Request.Builder().url(target.url()).headers(headers).header("User-Agent", USER_AGENT)
                .get().build();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body.string();
            return new HttpAnswer(response.code(), Optional.ofNullable(response.header("Content-Type")).orElse(""),
                    text, Optional.ofNullable(response.header("Retry-After")).orElse(""));
        }
    }

    /** The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpAnswer answer) {
        String value = answer.retryAfter().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private static boolean isRetryable(int code) {
        return code == 429 || code >= 500;
    }

    private static boolean isUnreachable(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }

    private static String describe(IOException e, FetchTarget target) {
        String message = target.redact(e.getMessage());
        if (e instanceof SocketTimeoutException) {
            return "timed out waiting for the answer (" + message + ")";
        }
        if (e instanceof ProtocolException || e instanceof EOFException) {
            return "response body truncated (" + message + ")";
        }
        return "network error: " + e.getClass().getSimpleName() + ": " + message;
    }
}
