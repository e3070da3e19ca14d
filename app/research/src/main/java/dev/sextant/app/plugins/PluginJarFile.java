package dev.sextant.app.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A user plugin jar and the SHA-256 of its content: the user enables a jar by this hash, so a jar
 * replaced by other content is new again.
 */
record PluginJarFile(Path path, String sha256) {

    static PluginJarFile of(Path jar) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(jar), sha256Digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return new PluginJarFile(jar, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin jar " + jar + ": " + e.getMessage(), e);
        }
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** The first 12 hex digits, enough to tell jars apart in a listing. */
    String shortHash() {
        return sha256.substring(0, 12);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
