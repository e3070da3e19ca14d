package dev.sextant.cloud.sync.client;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer} to every call; when the server answers 401, refreshes the
 * access token once and repeats the call, so expiry is invisible to callers. Without a sign-in
 * the call goes out without a token and the server's 401 reaches the caller.
 */
final class BearerTokenInterceptor implements Interceptor {

    private final Session session;

    BearerTokenInterceptor(Session session) {
        this.session = session;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Optional<String> token = session.accessToken();
        if (token.isEmpty()) {
            return chain.proceed(chain.request());
        }
        Response response = chain.proceed(withToken(chain.request(), token.get()));
        if (response.code() != 401) {
            return response;
        }
        Optional<String> renewed = session.refreshAfterRejection(token.get());
        if (renewed.isEmpty()) {
            return response;
        }
        response.close();
        return chain.proceed(withToken(chain.request(), renewed.get()));
    }

    private static Request withToken(Request request, String token) {
        return request.newBuilder().header("Authorization", "Bearer " + token).build();
    }
}
