package dev.sextant.app.ui.backtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** PNG snapshots of nodes as they are shown, for the tearsheet. */
final class NodeImages {

    private NodeImages() {
    }

    static byte[] png(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        var image = node.snapshot(params, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
