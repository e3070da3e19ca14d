package dev.sextant.cloud.sync.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for the account API's address, the e-mail and the password, each checked as it is typed with
 * the problem under the field; <i>Sign in</i> stays disabled until all three are usable. The
 * password goes to the sign-in call and nowhere else.
 */
final class SignInDialog extends Dialog<ButtonType> {

    static final ButtonType SIGN_IN = new ButtonType("Sign in", ButtonBar.ButtonData.OK_DONE);

    final TextField url = new TextField();
    final TextField email = new TextField();
    final PasswordField password = new PasswordField();

    SignInDialog(Window owner, String lastUrl, String lastEmail) {
        initOwner(owner);
        setTitle("Sign in to cloud sync");
        setHeaderText("Your hosted account: signals are pushed while the plan is trial or active.");
        url.setId("sync-url");
        url.setPromptText("https://api.example.com");
        url.setText(lastUrl);
        email.setId("sync-email");
        email.setText(lastEmail);
        password.setId("sync-password");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        StringBinding urlProblem = problem(url, AccountViewModel::checkUrl);
        StringBinding emailProblem = problem(email, AccountViewModel::checkEmail);
        StringBinding passwordProblem = problem(password, p -> p.isEmpty() ? "the password" : "");
        row(grid, 0, "Server", url, urlProblem);
        row(grid, 1, "E-mail", email, emailProblem);
        row(grid, 2, "Password", password, passwordProblem);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(SIGN_IN, ButtonType.CANCEL);
        Node signIn = getDialogPane().lookupButton(SIGN_IN);
        signIn.setId("sync-sign-in");
        signIn.disableProperty().bind(urlProblem.isNotEmpty().or(emailProblem.isNotEmpty()).or(passwordProblem.isNotEmpty()));
    }

    private static StringBinding problem(TextField field, Function<String, String> check) {
        return Bindings.createStringBinding(() -> check.apply(field.getText() == null ? "" : field.getText()), field.textProperty());
    }

    private static void row(GridPane grid, int i, String label, TextField field, StringBinding problem) {
        Label hint = new Label();
        hint.textProperty().bind(problem);
        hint.getStyleClass().add("field-problem");
        hint.setStyle("-fx-font-size: 0.85em; -fx-opacity: 0.8;");
        field.setPrefColumnCount(28);
        grid.add(new Label(label), 0, 2 * i);
        grid.add(field, 1, 2 * i);
        grid.add(hint, 1, 2 * i + 1);
    }
}
