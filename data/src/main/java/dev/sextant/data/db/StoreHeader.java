package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the header of an H2 MVStore file without opening the database. The header (block 0, a copy in block 1)
 * is a line such as {@code H:2,block:41,blockSize:1000,chunk:3,...}: the block (hexadecimal, 4096 bytes each) of
 * the newest chunk it knows, whose own header gives its length {@code len} in blocks. A file shorter than the end of
 * that chunk was truncated: H2 would open it as an older or an empty database.
 */
final class StoreHeader {

    private static final int BLOCK = 4096;

    private StoreHeader() {
    }

    /** Why the file cannot hold an intact H2 store, or empty when its header and newest chunk are all there. */
    static Optional<String> problem(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            Map<String, String> header = fields(read(channel, 0));
            if (!header.containsKey("H")) {
                header = fields(read(channel, BLOCK));
            }
            if (!"2".equals(header.get("H")) || !header.containsKey("block")) {
                return Optional.of("it is corrupted (it does not start with an H2 database header)");
            }
            long block = Long.parseLong(header.get("block"), 16);
            Map<String, String> chunk = fields(read(channel, block * BLOCK));
            if (size <= block * BLOCK) {
                return Optional.of("it is truncated (it ends at " + size + " bytes; its header points to data at "
                        + block * BLOCK + " bytes)");
            }
            if (!chunk.containsKey("chunk") || !chunk.containsKey("len")) {
                return Optional.empty(); // H2 rewrites the header lazily: the space may hold a newer chunk now
            }
            long end = (block + Long.parseLong(chunk.get("len"), 16)) * BLOCK;
            if (size < end) {
                return Optional.of("it is truncated (it ends at " + size + " bytes; its data goes on to " + end + " bytes)");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("it is corrupted (its header cannot be read: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The length the file must have to hold its newest chunk whole, when its header says so. */
    static OptionalLong expectedLength(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Map<String, String> header = fields(read(channel, 0));
            if (!header.containsKey("H")) {
                header = fields(read(channel, BLOCK));
            }
            if (!header.containsKey("block")) {
                return OptionalLong.empty();
            }
            long block = Long.parseLong(header.get("block"), 16);
            String chunkHeader = read(channel, block * BLOCK);
            Map<String, String> chunk = fields(chunkHeader);
            return chunk.containsKey("len")
                    ? OptionalLong.of((block + Long.parseLong(chunk.get("len"), 16)) * BLOCK)
                    : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(FileChannel channel, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // reads up to 1 KiB or the end of the file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }

    /** The {@code key:value} fields of the first line of a header. */
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        int end = text.indexOf('\n');
        for (String field : (end < 0 ? text : text.substring(0, end)).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon), field.substring(colon + 1).strip());
            }
        }
        return fields;
    }
}
