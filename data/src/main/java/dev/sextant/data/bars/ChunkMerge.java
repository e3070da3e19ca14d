package dev.sextant.data.bars;

import dev.sextant.data.bars.BarChunkCodec.Chunk;
import dev.sextant.engine.market.PriceColumns;

/** The union of a stored chunk and incoming bars (incoming wins at equal times), with counts of what differed. */
record ChunkMerge(Chunk merged, int added, int changed, int unchanged) {

    static ChunkMerge of(byte[] storedPayload, PriceColumns in, int from, int to) {
        Chunk old = Chunk.allocate(storedPayload == null ? 0 : BarChunkCodec.count(storedPayload));
        if (storedPayload != null) {
            BarChunkCodec.decodeInto(storedPayload, old, 0);
        }
        Chunk out = Chunk.allocate(old.size() + (to - from));
        int i = 0;
        int j = from;
        int k = 0;
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        while (i < old.size() || j < to) {
            boolean takeOld = j >= to || (i < old.size() && old.time()[i] < in.time()[j]);
            if (takeOld) {
                copy(old, i++, out, k++);
                continue;
            }
            boolean sameTime = i < old.size() && old.time()[i] == in.time()[j];
            if (sameTime) {
                if (sameValues(old, i, in, j)) {
                    unchanged++;
                } else {
                    changed++;
                }
                i++;
            } else {
                added++;
            }
            copy(in, j++, out, k++);
        }
        return new ChunkMerge(k == out.size() ? out : trim(out, k), added, changed, unchanged);
    }

    private static boolean sameValues(Chunk a, int i, PriceColumns b, int j) {
        return Double.compare(a.open()[i], b.open()[j]) == 0 && Double.compare(a.high()[i], b.high()[j]) == 0
                && Double.compare(a.low()[i], b.low()[j]) == 0 && Double.compare(a.close()[i], b.close()[j]) == 0
                && Double.compare(a.adjClose()[i], b.adjClose()[j]) == 0
                && Double.compare(a.volume()[i], b.volume()[j]) == 0;
    }

    private static void copy(Chunk from, int i, Chunk to, int k) {
        to.time()[k] = from.time()[i];
        to.open()[k] = from.open()[i];
        to.high()[k] = from.high()[i];
        to.low()[k] = from.low()[i];
        to.close()[k] = from.close()[i];
        to.adjClose()[k] = from.adjClose()[i];
        to.volume()[k] = from.volume()[i];
    }

    private static void copy(PriceColumns from, int i, Chunk to, int k) {
        to.time()[k] = from.time()[i];
        to.open()[k] = from.open()[i];
        to.high()[k] = from.high()[i];
        to.low()[k] = from.low()[i];
        to.close()[k] = from.close()[i];
        to.adjClose()[k] = from.adjClose()[i];
        to.volume()[k] = from.volume()[i];
    }

    private static Chunk trim(Chunk c, int n) {
        Chunk t = Chunk.allocate(n);
        for (int i = 0; i < n; i++) {
            copy(c, i, t, i);
        }
        return t;
    }
}
