package dev.sextant.app.ui.shell;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.paint.Color;

/**
 * A TilesFX tile around our own texts (TilesFX scales its texts with the tile's size, which is unreadable at
 * the heights used here) whose background follows the theme of the scene it is shown in: TilesFX paints a
 * colour property, not a CSS colour, so the tile watches the scene root's {@code :dark} state.
 */
public final class KpiTile {

    static final Color DARK_BACKGROUND = Color.web("#2d333b");
    static final Color LIGHT_BACKGROUND = Color.web("#eaeef2");

    private KpiTile() {
    }

    public static Tile of(Node content, double prefWidth, double minWidth) {
        Tile tile = TileBuilder.create().skinType(Tile.SkinType.CUSTOM).title("").graphic(content)
                .prefSize(prefWidth, 64).minSize(minWidth, 60).maxSize(Double.MAX_VALUE, 70).roundedCorners(true)
                .backgroundColor(DARK_BACKGROUND).animated(false).build();
        tile.getStyleClass().add("kpi-tile");
        SetChangeListener<PseudoClass> follow = change -> paint(tile);
        tile.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && old.getRoot() != null) {
                old.getRoot().getPseudoClassStates().removeListener(follow);
            }
            if (now != null && now.getRoot() != null) {
                now.getRoot().getPseudoClassStates().addListener(follow);
            }
            paint(tile);
        });
        return tile;
    }

    private static void paint(Tile tile) {
        Parent root = tile.getScene() == null ? null : tile.getScene().getRoot();
        boolean dark = root == null || Theme.isDark(root);
        tile.setBackgroundColor(dark ? DARK_BACKGROUND : LIGHT_BACKGROUND);
    }
}
