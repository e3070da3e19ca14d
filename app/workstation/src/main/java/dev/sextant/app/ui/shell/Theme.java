package dev.sextant.app.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** The AtlantaFX light and dark themes; the scene root gets the {@code :dark} pseudo class for our own stylesheet. */
public enum Theme {
    LIGHT, DARK;

    private static final PseudoClass DARK_CLASS = PseudoClass.getPseudoClass("dark");

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(DARK_CLASS, this == DARK);
    }

    /** Whether {@code root}, a scene's root, shows the dark theme. */
    public static boolean isDark(javafx.scene.Parent root) {
        return root.getPseudoClassStates().contains(DARK_CLASS);
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
