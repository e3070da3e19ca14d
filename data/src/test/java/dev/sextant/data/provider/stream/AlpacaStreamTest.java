package dev.sextant.data.provider.stream;

import static dev.sextant.data.provider.stream.FakeAlpaca.bar;
import static dev.sextant.engine.spi.StreamStatus.CONNECTED;
import static dev.sextant.engine.spi.StreamStatus.CONNECTING;
import static dev.sextant.engine.spi.StreamStatus.DELAYED;
import static dev.sextant.engine.spi.StreamStatus.FAILED;
import static dev.sextant.engine.spi.StreamStatus.RECONNECTING;
import static dev.sextant.engine.spi.StreamStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.spi.StreamedBar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** {@link AlpacaStream} against a scripted Alpaca on loopback (websocket and REST), with a clock the test moves. */
class AlpacaStreamTest extends AlpacaStreamTestBase {

    @Test
    void authenticatesWithTheKeyPairThenSubscribesToBarsAndUpdatedBarsAndDeliversBars() throws InterruptedException {
        started("SPY", "AAPL");
        FakeAlpaca.Connection c = alpaca.nextConnection();
        listener.awaitStatus(CONNECTED);

        c.send(bar("b", "SPY", minute(30)), bar("b", "AAPL", minute(30)));

        assertThat(listener.awaitBars(2)).containsExactly(expected("SPY", minute(30), false), expected("AAPL", minute(30), false));
        assertThat(alpaca.clientMessages).containsExactly(
                "{\"action\":\"auth\",\"key\":\"" + FakeAlpaca.KEY_ID + "\",\"secret\":\"" + FakeAlpaca.SECRET + "\"}",
                "{\"action\":\"subscribe\",\"bars\":[\"SPY\",\"AAPL\"],\"updatedBars\":[\"SPY\",\"AAPL\"]}");
        assertThat(listener.statuses()).containsExactly(
                new RecordingListener.StatusChange(CONNECTING, "connecting to " + alpaca.streamUrl() + "/iex"),
                new RecordingListener.StatusChange(CONNECTED, "receiving the minute bars of 2 symbols (iex feed)"));
    }

    @Test
    void refusedKeysFailWithAClearDetailAndAreNotRetried() throws InterruptedException {
        stream(settings(FakeAlpaca.KEY_ID, "wrong-secret", Duration.ofHours(1), 1000)).start(List.of("SPY"), listener);

        RecordingListener.StatusChange failed = listener.awaitStatus(FAILED);

        assertThat(failed.detail()).isEqualTo("Alpaca refused the keys (402 auth failed): check provider.alpaca.key-id"
                + " and provider.alpaca.secret");
        Thread.sleep(200);
        assertThat(alpaca.socketRequests()).isEqualTo(1);
        assertThat(reconnectWaits).isEmpty();
        assertThat(listener.statusSequence()).containsExactly(CONNECTING, FAILED);
    }

    @Test
    void aSecondConnectionWithTheSameKeysFailsWithTheConnectionLimit() throws InterruptedException {
        alpaca.refuseAuth(n -> "{\"T\":\"error\",\"code\":406,\"msg\":\"connection limit exceeded\"}");
        started("SPY");

        assertThat(listener.awaitStatus(FAILED).detail()).isEqualTo(
                "Alpaca allows one connection per feed and these keys already have one (406 connection limit exceeded)");
        assertThat(reconnectWaits).isEmpty();
    }

    @Test
    void withoutKeysItFailsAtOnceWithoutConnecting() throws InterruptedException {
        stream(settings("", "", Duration.ofHours(1), 1000)).start(List.of("SPY"), listener);

        assertThat(listener.awaitStatus(FAILED).detail())
                .isEqualTo("no Alpaca keys: set provider.alpaca.key-id and provider.alpaca.secret");
        assertThat(alpaca.socketRequests()).isZero();
    }

    @Test
    void aDropIsFollowedByAReconnectAndABackfillOfExactlyTheMissedMinutes() throws Exception {
        started("SPY", "AAPL");
        FakeAlpaca.Connection first = alpaca.nextConnection();
        first.send(bar("b", "SPY", minute(30)), bar("b", "AAPL", minute(30)));
        first.send(bar("b", "SPY", minute(31)), bar("b", "AAPL", minute(31)));
        first.send(bar("b", "SPY", minute(32)));
        listener.awaitBars(5);

        clock.set(Instant.parse("2026-12-07T14:36:40Z"));
        alpaca.dropConnections();
        FakeAlpaca.Connection second = alpaca.nextConnection();
        listener.awaitStatusCount(CONNECTED, 2);
        second.send(bar("b", "SPY", minute(36)), bar("b", "AAPL", minute(36)));

        // 5 live, then SPY 14:33-14:35 and AAPL 14:32-14:35 from REST, then 2 live
        List<StreamedBar> bars = listener.awaitBars(5 + 3 + 4 + 2);
        List<String> restCalls = alpaca.restRequests.stream().map(RecordedRequest::getUrl)
                .map(u -> u.pathSegments().get(2) + " " + u.queryParameter("start") + ".." + u.queryParameter("end")
                        + " page " + u.queryParameter("page_token"))
                .toList();
        assertThat(restCalls).containsExactly(
                "SPY 2026-12-07T14:33:00Z..2026-12-07T14:35:00Z page null",
                "SPY 2026-12-07T14:33:00Z..2026-12-07T14:35:00Z page p2",
                "AAPL 2026-12-07T14:32:00Z..2026-12-07T14:35:00Z page null",
                "AAPL 2026-12-07T14:32:00Z..2026-12-07T14:35:00Z page p2");
        RecordedRequest rest = alpaca.restRequests.getFirst();
        assertThat(rest.getHeaders().get("APCA-API-KEY-ID")).isEqualTo(FakeAlpaca.KEY_ID);
        assertThat(rest.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(FakeAlpaca.SECRET);
        assertThat(rest.getUrl().toString()).doesNotContain(FakeAlpaca.SECRET).contains("timeframe=1Min").contains("feed=iex");

        Set<String> wanted = new HashSet<>();
        List<StreamedBar> backfilled = new ArrayList<>();
        for (String symbol : List.of("SPY", "AAPL")) {
            for (int m = 30; m <= 36; m++) {
                wanted.add(symbol + "@" + minute(m));
            }
        }
        for (int m = 33; m <= 35; m++) {
            backfilled.add(expected("SPY", minute(m), false));
        }
        for (int m = 32; m <= 35; m++) {
            backfilled.add(expected("AAPL", minute(m), false));
        }
        assertThat(keys(bars)).isEqualTo(wanted);
        assertThat(bars).hasSize(wanted.size()).containsAll(backfilled);
        assertThat(listener.statusSequence()).containsExactly(CONNECTING, CONNECTED, RECONNECTING, CONNECTED);
        assertThat(listener.awaitStatus(RECONNECTING).detail()).startsWith("connection lost: ").contains("reconnecting in");
        assertThat(reconnectWaits).hasSize(1);
        assertThat(reconnectWaits.getFirst()).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void outOfOrderAndDuplicateBarsArePassedOnAsTheyCameAndNoneIsLost() throws InterruptedException {
        started("SPY", "QQQ");
        FakeAlpaca.Connection c = alpaca.nextConnection();
        List<String> sent = List.of(
                bar("b", "SPY", minute(32)), bar("b", "SPY", minute(30)), bar("b", "QQQ", minute(31)),
                bar("b", "SPY", minute(30)), bar("b", "SPY", minute(31)), bar("b", "QQQ", minute(30)),
                bar("b", "QQQ", minute(31)), bar("b", "SPY", minute(32)));
        c.send(sent.get(0), sent.get(1));
        c.send(sent.get(2));
        c.send(sent.get(3), sent.get(4), sent.get(5));
        c.send(sent.get(6), sent.get(7));

        List<StreamedBar> bars = listener.awaitBars(sent.size());

        assertThat(bars).containsExactly(
                expected("SPY", minute(32), false), expected("SPY", minute(30), false), expected("QQQ", minute(31), false),
                expected("SPY", minute(30), false), expected("SPY", minute(31), false), expected("QQQ", minute(30), false),
                expected("QQQ", minute(31), false), expected("SPY", minute(32), false));
        assertThat(keys(bars)).containsExactlyInAnyOrder("SPY@" + minute(30), "SPY@" + minute(31), "SPY@" + minute(32),
                "QQQ@" + minute(30), "QQQ@" + minute(31));
    }

    @Test
    void aMalformedMessageIsSkippedWithoutLosingTheOthersOfItsFrame() throws InterruptedException {
        started("SPY");
        FakeAlpaca.Connection c = alpaca.nextConnection();

        c.send(bar("b", "SPY", minute(30)), "{\"T\":\"b\",\"S\":\"SPY\",\"o\":1,\"h\":0.5,\"l\":2,\"c\":1,\"v\":1,"
                + "\"t\":\"2026-12-07T14:31:00Z\"}", bar("b", "SPY", minute(32)));

        assertThat(listener.awaitBars(2)).containsExactly(expected("SPY", minute(30), false), expected("SPY", minute(32), false));
    }

    @Test
    void aPartialBarLaterUpdatedArrivesAsACorrection() throws InterruptedException {
        started("SPY");
        FakeAlpaca.Connection c = alpaca.nextConnection();
        c.send("{\"T\":\"b\",\"S\":\"SPY\",\"o\":600,\"h\":601,\"l\":599.5,\"c\":600.5,\"v\":1200,\"t\":\"2026-12-07T14:30:00Z\"}");
        c.send("{\"T\":\"u\",\"S\":\"SPY\",\"o\":600,\"h\":601.25,\"l\":599.5,\"c\":601.1,\"v\":1450,\"t\":\"2026-12-07T14:30:00Z\"}");

        assertThat(listener.awaitBars(2)).containsExactly(
                new StreamedBar("SPY", minute(30), 600, 601, 599.5, 600.5, 1200, false),
                new StreamedBar("SPY", minute(30), 600, 601.25, 599.5, 601.1, 1450, true));
    }

    @Test
    void aSlowListenerLosesNothingAndTheSocketStaysUp() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        RecordingListener slow = new RecordingListener() {
            @Override
            public void bar(StreamedBar bar) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                super.bar(bar);
            }
        };
        int buffer = 8;
        AlpacaStream s = stream(settings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, Duration.ofHours(1), buffer));
        s.start(List.of("SPY"), slow);
        FakeAlpaca.Connection c = alpaca.nextConnection();
        int count = 300;
        List<StreamedBar> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant m = Instant.parse("2026-12-07T09:00:00Z").plus(Duration.ofMinutes(i));
            c.send(bar("b", "SPY", m));
            sent.add(expected("SPY", m, false));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (s.bufferHighWater() < buffer && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(s.bufferHighWater()).isEqualTo(buffer);
        Thread.sleep(300);

        release.countDown();

        assertThat(slow.awaitBars(count)).containsExactlyElementsOf(sent);
        Instant after = Instant.parse("2026-12-07T14:00:00Z");
        c.send(bar("b", "SPY", after));
        assertThat(slow.awaitBars(count + 1).getLast()).isEqualTo(expected("SPY", after, false));
        assertThat(slow.statusSequence()).containsExactly(CONNECTING, CONNECTED);
        assertThat(s.bufferHighWater()).isEqualTo(buffer);
    }

    @Test
    void closeWhileConnectedSaysStoppedAndClosesTheSocket() throws InterruptedException {
        AlpacaStream s = started("SPY");
        alpaca.nextConnection();
        listener.awaitStatus(CONNECTED);

        s.close();

        assertThat(listener.awaitStatus(STOPPED).detail()).isEqualTo("closed");
        assertThat(alpaca.closeCodes.poll(5, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(listener.statusSequence()).containsExactly(CONNECTING, CONNECTED, STOPPED);
    }

    @Test
    void closeDuringTheReconnectBackoffStopsReconnecting() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        reconnectSleeper = d -> {
            waiting.countDown();
            Thread.sleep(d.multipliedBy(1000));
        };
        AlpacaStream s = started("SPY");
        alpaca.nextConnection();
        listener.awaitStatus(CONNECTED);
        alpaca.dropConnections();
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        s.close();

        listener.awaitStatus(STOPPED);
        Thread.sleep(300);
        assertThat(alpaca.socketRequests()).isEqualTo(1);
        assertThat(listener.statusSequence()).containsExactly(CONNECTING, CONNECTED, RECONNECTING, STOPPED);
    }

    @Test
    void delayedWhenTheNewestBarGetsOlderThanTheThresholdAndConnectedAgainWithAFreshBar() throws InterruptedException {
        stream(settings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, Duration.ofSeconds(120), 1000)).start(List.of("SPY"), listener);
        FakeAlpaca.Connection c = alpaca.nextConnection();
        listener.awaitStatus(CONNECTED);
        clock.set(Instant.parse("2026-12-07T14:31:05Z"));
        c.send(bar("b", "SPY", minute(30)));
        listener.awaitBars(1);

        clock.set(Instant.parse("2026-12-07T14:33:10Z"));

        assertThat(listener.awaitStatus(DELAYED).detail()).isEqualTo("the newest bar closed 130 s ago");
        c.send(bar("b", "SPY", minute(32)));
        listener.awaitStatusCount(CONNECTED, 2);
        assertThat(listener.statuses().getLast()).isEqualTo(new RecordingListener.StatusChange(CONNECTED, "bars are current again"));
        assertThat(listener.statusSequence()).containsExactly(CONNECTING, CONNECTED, DELAYED, CONNECTED);
    }

    @Test
    void aRefusedWebsocketUpgradeFailsAndNamesTheSetting() throws InterruptedException {
        AlpacaSettings wrongPath = new AlpacaSettings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, "iex", alpaca.streamUrl() + "/nowhere",
                alpaca.restUrl(), Duration.ofHours(1), 1000);
        stream(wrongPath).start(List.of("SPY"), listener);

        assertThat(listener.awaitStatus(FAILED).detail())
                .isEqualTo("the websocket upgrade was refused with HTTP 404; check provider.alpaca.stream-url");
        assertThat(reconnectWaits).isEmpty();
    }

    @Test
    void aFailedBackfillIsReportedAndRetriedAfterTheNextReconnect() throws Exception {
        started("SPY");
        alpaca.nextConnection().send(bar("b", "SPY", minute(30)));
        listener.awaitBars(1);
        alpaca.restFailureCode = 500;
        alpaca.restFailure = "{\"message\":\"internal server error\"}";
        clock.set(Instant.parse("2026-12-07T14:33:10Z"));
        alpaca.dropConnections();
        alpaca.nextConnection();
        listener.awaitStatusCount(CONNECTED, 3);
        assertThat(listener.statuses().getLast().detail()).isEqualTo("live, but the backfill from 2026-12-07T14:31:00Z to"
                + " 2026-12-07T14:32:00Z failed (retried after the next reconnect): alpaca: SPY: HTTP 500: internal server error");

        alpaca.restFailure = "";
        clock.set(Instant.parse("2026-12-07T14:35:10Z"));
        alpaca.dropConnections();
        alpaca.nextConnection();

        // the gap still starts at 14:31 and now ends with 14:34, the last minute closed before the new subscription
        listener.awaitStatusCount(CONNECTED, 4);
        assertThat(listener.awaitBars(1 + 4)).containsExactly(expected("SPY", minute(30), false),
                expected("SPY", minute(31), false), expected("SPY", minute(32), false), expected("SPY", minute(33), false),
                expected("SPY", minute(34), false));
        assertThat(alpaca.restRequests.getLast().getUrl().query()).contains("start=2026-12-07T14:31:00Z&end=2026-12-07T14:34:00Z");
    }

    @Test
    void aListenerStuckPastThePingTimeoutCostsAReconnectButNoBar() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        RecordingListener stuck = new RecordingListener() {
            @Override
            public void bar(StreamedBar bar) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                super.bar(bar);
            }
        };
        socketClient = new OkHttpClient.Builder().pingInterval(Duration.ofMillis(100)).build();
        stream(settings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, Duration.ofHours(1), 4)).start(List.of("SPY"), stuck);
        FakeAlpaca.Connection c = alpaca.nextConnection();
        Set<String> sent = new HashSet<>();
        for (int m = 0; m < 30; m++) {
            Instant minute = Instant.parse("2026-12-07T14:00:00Z").plus(Duration.ofMinutes(m));
            c.send(bar("b", "SPY", minute));
            sent.add("SPY@" + minute);
        }
        // ten ping intervals: the reader waits for room, the pongs go unread, the client gives up on the socket
        Thread.sleep(1000);

        release.countDown();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!keys(stuck.bars()).containsAll(sent) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(keys(stuck.bars())).isEqualTo(sent);
        assertThat(stuck.awaitStatus(RECONNECTING).detail()).contains("didn't receive pong");
        assertThat(alpaca.restRequests).isNotEmpty();
    }
}
