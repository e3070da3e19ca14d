package dev.sextant.deploy.aws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpServiceDiscoveryIntegration;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.VpcLink;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CloudMapNamespaceOptions;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The sync server on AWS (ADR 0018): one long-lived ECS Fargate task in a public subnet (no NAT gateway; only the
 * HTTP API's VPC link may reach its port), an API Gateway HTTP API in front for TLS on the execute-api domain,
 * RDS PostgreSQL in isolated subnets, Secrets Manager entries injected as container secrets, a migration task run
 * once per deploy, and alarms on the 5xx rate and the p99 latency.
 */
public final class SyncServerStack extends Stack {

    /** The server's port inside the task. */
    static final int SERVER_PORT = 8080;
    static final String DATABASE_NAME = "sextant";
    /** Where the image's jlink runtime and the server's jars are (packaging/sync-server-image). */
    static final String IMAGE_JAVA = "/opt/java/bin/java";
    static final String IMAGE_CLASSPATH = "/app/libs/*";

    public SyncServerStack(Construct scope, String id, StackProps props, DeploySettings settings) {
        super(scope, id, props);

        Vpc vpc = Vpc.Builder.create(this, "Network").maxAzs(2).natGateways(0)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("database").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        SubnetSelection publicSubnets = SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();

        var jwtKey = generatedSecret("JwtSigningKey", "SYNC_JWT_SECRET: the HS256 key of the sync server's access tokens");
        var stripeApiKey = generatedSecret("StripeApiKey", "STRIPE_API_KEY: replace with the Stripe secret key (live or test mode)");
        var webhookSecret = generatedSecret("StripeWebhookSecret", "STRIPE_WEBHOOK_SECRET: replace with the signing secret of the Stripe webhook endpoint");

        SecurityGroup databaseFirewall = firewall("DatabaseFirewall", vpc, "PostgreSQL: reachable from the server and migration tasks only", false);
        DatabaseInstance database = DatabaseInstance.Builder.create(this, "Database")
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder().version(PostgresEngineVersion.VER_17_5).build()))
                .instanceType(InstanceType.of(InstanceClass.BURSTABLE4_GRAVITON, InstanceSize.MICRO))
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .securityGroups(List.of(databaseFirewall))
                .publiclyAccessible(false)
                .storageEncrypted(true)
                .multiAz(false)
                .storageType(StorageType.GP3)
                .allocatedStorage(20)
                .maxAllocatedStorage(100)
                .databaseName(DATABASE_NAME)
                .credentials(Credentials.fromGeneratedSecret("sync"))
                .backupRetention(Duration.days(7))
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();
        String jdbcUrl = "jdbc:postgresql://" + database.getDbInstanceEndpointAddress() + ":" + database.getDbInstanceEndpointPort()
                + "/" + DATABASE_NAME + "?sslmode=require";
        Map<String, Secret> databaseLogin = Map.of(
                "SYNC_DB_USER", Secret.fromSecretsManager(database.getSecret(), "username"),
                "SYNC_DB_PASSWORD", Secret.fromSecretsManager(database.getSecret(), "password"));

        Cluster cluster = Cluster.Builder.create(this, "Cluster").vpc(vpc)
                .defaultCloudMapNamespace(CloudMapNamespaceOptions.builder().name("sextant.internal").build()).build();
        IRepository repository = Repository.fromRepositoryName(this, "ImageRepository", settings.imageRepository());
        ContainerImage image = ContainerImage.fromEcrRepository(repository, settings.imageTag());
        LogGroup logs = LogGroup.Builder.create(this, "Logs").retention(RetentionDays.ONE_MONTH).removalPolicy(RemovalPolicy.DESTROY).build();

        // The public entry: TLS on the execute-api domain; its routes to the service follow below.
        HttpApi api = HttpApi.Builder.create(this, "Api").apiName("sextant-sync").build();

        // The migration: the same image's `migrate` command, run once per deploy (below).
        FargateTaskDefinition migrateTask = taskDefinition("MigrateTask");
        migrateTask.addContainer("migrate", ContainerDefinitionOptions.builder()
                .image(image)
                .command(List.of("migrate", "--db", jdbcUrl))
                .secrets(databaseLogin)
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("migrate").build()))
                .build());

        // The server: no migration at start (--no-migrate waits for the deploy's migration instead).
        Map<String, Secret> serverSecrets = new HashMap<>(databaseLogin);
        serverSecrets.put("SYNC_JWT_SECRET", Secret.fromSecretsManager(jwtKey));
        serverSecrets.put("STRIPE_API_KEY", Secret.fromSecretsManager(stripeApiKey));
        serverSecrets.put("STRIPE_WEBHOOK_SECRET", Secret.fromSecretsManager(webhookSecret));
        FargateTaskDefinition serverTask = taskDefinition("ServerTask");
        serverTask.addContainer("server", ContainerDefinitionOptions.builder()
                .image(image)
                .command(List.of("--folder", "/tmp/sync-server", "--host", "0.0.0.0", "--port", String.valueOf(SERVER_PORT),
                        "--behind-tls-proxy", "--no-migrate", "--db", jdbcUrl))
                .environment(Map.of("STRIPE_PRICE_ID", settings.stripePriceId(), "SYNC_PUBLIC_URL", api.getApiEndpoint()))
                .secrets(serverSecrets)
                .portMappings(List.of(PortMapping.builder().containerPort(SERVER_PORT).build()))
                .healthCheck(HealthCheck.builder()
                        .command(List.of("CMD", IMAGE_JAVA, "-XX:TieredStopAtLevel=1", "-Xmx32m", "-cp", IMAGE_CLASSPATH,
                                "dev.sextant.sync.server.HealthProbe", "http://127.0.0.1:" + SERVER_PORT + "/health"))
                        .interval(Duration.seconds(30)).timeout(Duration.seconds(10)).retries(3).startPeriod(Duration.seconds(120))
                        .build())
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("server").build()))
                .build());

        SecurityGroup serverFirewall = firewall("ServerFirewall", vpc, "Sync server: its port from the API VPC link only", true);
        SecurityGroup migrateFirewall = firewall("MigrateFirewall", vpc, "Migration task: no inbound traffic", true);
        SecurityGroup linkFirewall = SecurityGroup.Builder.create(this, "VpcLinkFirewall").vpc(vpc).allowAllOutbound(false)
                .description("API Gateway VPC link: out to the sync server port only").build();
        serverFirewall.getConnections().allowFrom(linkFirewall, Port.tcp(SERVER_PORT), "HTTP API to the sync server");
        databaseFirewall.getConnections().allowFrom(serverFirewall, Port.tcp(5432), "sync server to PostgreSQL");
        databaseFirewall.getConnections().allowFrom(migrateFirewall, Port.tcp(5432), "migration task to PostgreSQL");

        FargateService service = FargateService.Builder.create(this, "Service")
                .cluster(cluster)
                .taskDefinition(serverTask)
                .desiredCount(1)
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .assignPublicIp(true)
                .vpcSubnets(publicSubnets)
                .securityGroups(List.of(serverFirewall))
                .cloudMapOptions(CloudMapOptions.builder().name("sync").dnsRecordType(DnsRecordType.SRV)
                        .containerPort(SERVER_PORT).dnsTtl(Duration.seconds(10)).build())
                .circuitBreaker(DeploymentCircuitBreaker.builder().rollback(true).build())
                .build();

        AwsCustomResource migration = migrateOncePerDeploy(settings, cluster, migrateTask, vpc, publicSubnets, migrateFirewall);
        service.getNode().addDependency(migration);
        migration.getNode().addDependency(database);

        VpcLink link = VpcLink.Builder.create(this, "VpcLink").vpc(vpc).subnets(publicSubnets).securityGroups(List.of(linkFirewall)).build();
        HttpServiceDiscoveryIntegration integration = HttpServiceDiscoveryIntegration.Builder
                .create("Server", service.getCloudMapService()).vpcLink(link).build();
        HttpRoute.Builder.create(this, "DefaultRoute").httpApi(api).routeKey(HttpRouteKey.DEFAULT).integration(integration).build();
        api.addRoutes(AddRoutesOptions.builder().path("/webhooks/stripe").methods(List.of(HttpMethod.POST)).integration(integration).build());

        alarms(settings, api);

        CfnOutput.Builder.create(this, "ApiUrl").description("The sync server's URL: sync login --url …").value(api.getApiEndpoint()).build();
        CfnOutput.Builder.create(this, "StripeWebhookUrl").description("Point the Stripe webhook endpoint here")
                .value(api.getApiEndpoint() + "/webhooks/stripe").build();
        CfnOutput.Builder.create(this, "StripeApiKeySecretArn").value(stripeApiKey.getSecretArn()).build();
        CfnOutput.Builder.create(this, "StripeWebhookSecretArn").value(webhookSecret.getSecretArn()).build();
        CfnOutput.Builder.create(this, "LogGroupName").value(logs.getLogGroupName()).build();
        CfnOutput.Builder.create(this, "ClusterName").value(cluster.getClusterName()).build();
        CfnOutput.Builder.create(this, "ServiceName").value(service.getServiceName()).build();
        CfnOutput.Builder.create(this, "DatabaseInstanceId").value(database.getInstanceIdentifier()).build();
    }

    /** A Secrets Manager entry whose first value is generated by AWS at deploy time, so no value is in the template. */
    private software.amazon.awscdk.services.secretsmanager.Secret generatedSecret(String id, String description) {
        return software.amazon.awscdk.services.secretsmanager.Secret.Builder.create(this, id).description(description)
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .build();
    }

    /** {@code outbound}: the tasks reach Stripe, Secrets Manager, ECR and CloudWatch through the internet gateway. */
    private SecurityGroup firewall(String id, Vpc vpc, String description, boolean outbound) {
        return SecurityGroup.Builder.create(this, id).vpc(vpc).description(description).allowAllOutbound(outbound).build();
    }

    private FargateTaskDefinition taskDefinition(String id) {
        return FargateTaskDefinition.Builder.create(this, id).cpu(256).memoryLimitMiB(512)
                .runtimePlatform(RuntimePlatform.builder().cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX).build())
                .build();
    }

    /**
     * Starts the migration task through ECS RunTask when the stack is created and whenever the migration task
     * definition changes, which a new image tag does: once per deploy, not per server start. The server waits for
     * the schema (--no-migrate), so it need not wait for the task here.
     */
    private AwsCustomResource migrateOncePerDeploy(DeploySettings settings, Cluster cluster, FargateTaskDefinition migrateTask, Vpc vpc,
            SubnetSelection subnets, SecurityGroup firewall) {
        AwsSdkCall runTask = AwsSdkCall.builder()
                .service("ECS")
                .action("runTask")
                .parameters(Map.of(
                        "cluster", cluster.getClusterArn(),
                        "taskDefinition", migrateTask.getTaskDefinitionArn(),
                        "launchType", "FARGATE",
                        "count", 1,
                        "networkConfiguration", Map.of("awsvpcConfiguration", Map.of(
                                "subnets", vpc.selectSubnets(subnets).getSubnetIds(),
                                "securityGroups", List.of(firewall.getSecurityGroupId()),
                                "assignPublicIp", "ENABLED"))))
                .physicalResourceId(PhysicalResourceId.of("migrate-" + settings.imageTag()))
                .outputPaths(List.of("tasks.0.taskArn"))
                .build();
        return AwsCustomResource.Builder.create(this, "MigrateOncePerDeploy")
                .onCreate(runTask)
                .onUpdate(runTask)
                .installLatestAwsSdk(false)
                .timeout(Duration.minutes(2))
                .policy(AwsCustomResourcePolicy.fromStatements(List.of(
                        PolicyStatement.Builder.create().actions(List.of("ecs:RunTask")).resources(List.of(migrateTask.getTaskDefinitionArn()))
                                .conditions(Map.of("ArnEquals", Map.of("ecs:cluster", cluster.getClusterArn()))).build(),
                        PolicyStatement.Builder.create().actions(List.of("iam:PassRole"))
                                .resources(List.of(migrateTask.getTaskRole().getRoleArn(), migrateTask.obtainExecutionRole().getRoleArn())).build())))
                .build();
    }

    /** 5xx share of requests above 5 % for two 5-minute periods, and p99 latency above 2 s in 2 of 3. */
    private void alarms(DeploySettings settings, HttpApi api) {
        Topic topic = Topic.Builder.create(this, "Alarms").displayName("Sextant sync server alarms").build();
        settings.alarmEmail().ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
        MetricOptions fiveMinuteSum = MetricOptions.builder().statistic("Sum").period(Duration.minutes(5)).build();
        Alarm errorRate = Alarm.Builder.create(this, "ServerErrorRate")
                .alarmDescription("More than 5 % of the sync API's requests answered 5xx")
                .metric(MathExpression.Builder.create()
                        .expression("IF(requests > 0, 100 * errors / requests, 0)")
                        .usingMetrics(Map.of("errors", api.metricServerError(fiveMinuteSum), "requests", api.metricCount(fiveMinuteSum)))
                        .label("5xx %").period(Duration.minutes(5)).build())
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .threshold(5)
                .evaluationPeriods(2)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        Alarm latency = Alarm.Builder.create(this, "Latency")
                .alarmDescription("The sync API's p99 latency above 2 s")
                .metric(api.metricLatency(MetricOptions.builder().statistic("p99").period(Duration.minutes(5)).build()))
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .threshold(2000)
                .evaluationPeriods(3)
                .datapointsToAlarm(2)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        errorRate.addAlarmAction(new SnsAction(topic));
        latency.addAlarmAction(new SnsAction(topic));
    }
}
