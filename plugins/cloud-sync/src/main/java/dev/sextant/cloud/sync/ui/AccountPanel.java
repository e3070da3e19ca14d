package dev.sextant.cloud.sync.ui;

import dev.sextant.cloud.sync.ui.AccountViewModel.Row;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** The Account panel ({@code account}): the cloud-sync account, its plan and outbox, and what to do about them. */
final class AccountPanel extends BorderPane {

    AccountPanel(AccountViewModel model, String lastUrl, String lastEmail) {
        TableView<Row> table = new TableView<>(model.rows());
        table.setId("account-table");
        table.setPlaceholder(new Label("Reading the account status..."));
        table.getColumns().add(column("", 170, Row::label));
        table.getColumns().add(column("", 640, Row::value));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        Button signIn = new Button("Sign in...");
        signIn.setId("account-sign-in");
        signIn.setOnAction(e -> {
            SignInDialog dialog = new SignInDialog(getScene().getWindow(), lastUrl, lastEmail);
            dialog.setOnHidden(h -> {
                if (dialog.getResult() == SignInDialog.SIGN_IN) {
                    model.signIn(dialog.url.getText(), dialog.email.getText(), dialog.password.getText());
                }
            });
            dialog.show();
        });
        Button signOut = button("Sign out", "account-sign-out", model::signOut);
        Button push = button("Push now", "account-push", model::pushNow);
        Button subscribe = button("Subscribe", "account-subscribe", model::subscribe);
        Button billing = button("Manage billing", "account-billing", model::manageBilling);
        Button refresh = button("Refresh", "account-refresh", model::refresh);
        signIn.disableProperty().bind(model.busy());
        for (Button b : new Button[] {signOut, push, subscribe, billing}) {
            b.disableProperty().bind(model.busy().or(model.signedIn().not()));
        }
        refresh.disableProperty().bind(model.busy());
        FlowPane actions = new FlowPane(6, 6, signIn, signOut, push, subscribe, billing, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("account-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Label about = new Label("Optional: pushes the signals of your scans to your hosted account. Nothing is sent until you sign in;"
                + " signals are queued with each scan and wait while the plan is not trial or active.");
        about.setWrapText(true);
        about.setStyle("-fx-opacity: 0.75;");
        VBox top = new VBox(6, about, actions, message);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(table);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
