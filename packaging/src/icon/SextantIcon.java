import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Sextant application icon (a sextant's 60-degree arc over a rising price line) and writes
 * it as PNG (Linux), ICO (Windows) and ICNS (macOS), the last two simply wrapping PNG images.
 * Run from the repository root: java packaging/src/icon/SextantIcon.java packaging/src/main/resources
 */
public class SextantIcon {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        byte[] png256 = png(draw(256));
        byte[] png512 = png(draw(512));
        Files.write(out.resolve("sextant.png"), png256);
        Files.write(out.resolve("sextant.ico"), ico(png256));
        Files.write(out.resolve("sextant.icns"), icns(png256, png512));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        // Background: the workstation's dark theme.
        g.setColor(new Color(0x22272e));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        // The frame of a sextant: two radii 60 degrees apart from a pivot at the top, and the graduated arc.
        Color brass = new Color(0xd4a72c);
        g.setColor(brass);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double cx = 50, cy = 16, r = 66;
        g.draw(new Line2D.Double(cx, cy, cx + r * Math.cos(Math.toRadians(240)), cy - r * Math.sin(Math.toRadians(240))));
        g.draw(new Line2D.Double(cx, cy, cx + r * Math.cos(Math.toRadians(300)), cy - r * Math.sin(Math.toRadians(300))));
        g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 240, 60, Arc2D.OPEN));
        g.fill(new java.awt.geom.Ellipse2D.Double(cx - 5, cy - 5, 10, 10));
        // A rising price line across the arc.
        Path2D line = new Path2D.Double();
        line.moveTo(20, 70);
        line.lineTo(36, 58);
        line.lineTo(48, 64);
        line.lineTo(64, 44);
        line.lineTo(80, 36);
        g.setColor(new Color(0x57ab5a));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file with one 256x256 PNG entry (little-endian ICONDIR + ICONDIRENTRY). */
    static byte[] ico(byte[] png256) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png256.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 0 = 256 px wide and high, no palette
        b.putShort((short) 1).putShort((short) 32).putInt(png256.length).putInt(6 + 16);
        b.put(png256);
        return b.array();
    }

    /** An ICNS file with PNG entries ic08 (256x256) and ic09 (512x512); lengths are big-endian and include headers. */
    static byte[] icns(byte[] png256, byte[] png512) {
        int total = 8 + 8 + png256.length + 8 + png512.length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes()).putInt(total);
        b.put("ic08".getBytes()).putInt(8 + png256.length).put(png256);
        b.put("ic09".getBytes()).putInt(8 + png512.length).put(png512);
        return b.array();
    }
}
