package dev.sextant.deploy.aws;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/** The CDK app: one stack, {@code SextantSyncServer}, in the account and region of the deploying credentials. */
public final class SyncServerApp {

    public static final String STACK_NAME = "SextantSyncServer";

    private SyncServerApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        new SyncServerStack(app, STACK_NAME, StackProps.builder()
                .description("Sextant sync server: ECS Fargate behind an API Gateway HTTP API, RDS PostgreSQL (ADR 0018)").build(),
                DeploySettings.fromContext(name -> app.getNode().tryGetContext(name)));
        app.synth();
    }
}
