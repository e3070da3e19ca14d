package dev.sextant.deploy.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack synthesized once (with the CDK's Node.js runtime, no AWS account) and checked with the CDK assertions
 * library and by walking the CloudFormation template: the resources exist, the database is private and encrypted,
 * no secret value is in the template, no IAM statement allows a wildcard action on every resource.
 */
class SyncServerStackTest {

    private static final DeploySettings SETTINGS = new DeploySettings("sextant-sync-server", "3f2c9e1", "price_1TestPrice",
            Optional.of("ops@example.org"));
    private static Template template;
    private static JsonNode json;

    @BeforeAll
    static void synthesize() {
        NodeRuntime.require();
        App app = new App();
        SyncServerStack stack = new SyncServerStack(app, "Test", StackProps.builder().build(), SETTINGS);
        template = Template.fromStack(stack);
        json = JsonMapper.builder().build().valueToTree(template.toJSON());
    }

    @Test
    void theServiceItsApiDatabaseSecretsAndAlarmsExist() {
        template.resourceCountIs("AWS::ECS::Service", 1);
        template.resourceCountIs("AWS::RDS::DBInstance", 1);
        template.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        template.resourceCountIs("AWS::ApiGatewayV2::VpcLink", 1);
        template.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        template.resourceCountIs("AWS::EC2::NatGateway", 0);
        template.resourceCountIs("Custom::AWS", 1);
        // three of the server's own, and the database login RDS generates
        template.resourceCountIs("AWS::SecretsManager::Secret", 4);
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "POST /webhooks/stripe"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "$default"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of("ConnectionType", "VPC_LINK", "IntegrationType", "HTTP_PROXY"));
        template.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", 1, "LaunchType", "FARGATE"));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("Threshold", 5, "ComparisonOperator", "GreaterThanThreshold",
                "Metrics", Match.arrayWith(List.of(Match.objectLike(Map.of("Expression", "IF(requests > 0, 100 * errors / requests, 0)"))))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "Latency", "Namespace", "AWS/ApiGateway",
                "ExtendedStatistic", "p99", "Threshold", 2000));
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of("Protocol", "email", "Endpoint", "ops@example.org"));
        template.hasOutput("StripeWebhookUrl", Match.anyValue());
    }

    @Test
    void theDatabaseIsPrivateEncryptedBackedUpAndProtected() {
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "PubliclyAccessible", false,
                "StorageEncrypted", true,
                "DeletionProtection", true,
                "BackupRetentionPeriod", 7,
                "MultiAZ", false,
                "DBInstanceClass", "db.t4g.micro",
                "Engine", "postgres"));
        JsonNode instance = resourcesOfType("AWS::RDS::DBInstance").getFirst();
        String subnetGroup = instance.at("/Properties/DBSubnetGroupName/Ref").asString();
        List<String> subnets = new ArrayList<>();
        json.at("/Resources/" + subnetGroup + "/Properties/SubnetIds").forEach(s -> subnets.add(s.at("/Ref").asString()));
        assertThat(subnets).hasSize(2);
        Set<String> tablesWithInternetRoute = new HashSet<>();
        for (JsonNode route : resourcesOfType("AWS::EC2::Route")) {
            if (route.at("/Properties/GatewayId").isObject() || route.at("/Properties/NatGatewayId").isObject()) {
                tablesWithInternetRoute.add(route.at("/Properties/RouteTableId/Ref").asString());
            }
        }
        assertThat(tablesWithInternetRoute).as("the public subnets' tables").hasSize(2);
        for (JsonNode association : resourcesOfType("AWS::EC2::SubnetRouteTableAssociation")) {
            if (subnets.contains(association.at("/Properties/SubnetId/Ref").asString())) {
                assertThat(tablesWithInternetRoute).as("database subnet route table").doesNotContain(association.at("/Properties/RouteTableId/Ref").asString());
            }
        }
        // reachable on 5432 only from the two task firewalls, never from an address range
        List<JsonNode> databaseIngress = resourcesOfType("AWS::EC2::SecurityGroupIngress").stream()
                .filter(r -> r.at("/Properties/FromPort").asInt() == 5432).toList();
        assertThat(databaseIngress).hasSize(2).allSatisfy(r -> assertThat(r.at("/Properties/SourceSecurityGroupId").isObject()).isTrue());
        String databaseFirewall = instance.at("/Properties/VPCSecurityGroups/0/Fn::GetAtt/0").asString();
        assertThat(json.at("/Resources/" + databaseFirewall + "/Properties/SecurityGroupEgress").toString())
                .as("the database starts no connection").doesNotContain("0.0.0.0/0");
    }

    @Test
    void noSecretValueIsInTheTemplateOnlyReferences() {
        for (JsonNode secret : resourcesOfType("AWS::SecretsManager::Secret")) {
            assertThat(secret.at("/Properties/SecretString").isMissingNode()).as("a literal secret value").isTrue();
            assertThat(secret.at("/Properties/GenerateSecretString").isObject()).isTrue();
        }
        java.util.regex.Matcher stripeValue = java.util.regex.Pattern.compile("(whsec|sk_live|sk_test|rk_live|rk_test)_[A-Za-z0-9]{8,}")
                .matcher(json.toString());
        assertThat(stripeValue.find()).as("a Stripe key or webhook secret in the template").isFalse();
        assertThat(instanceProperty("MasterUserPassword").toString()).contains("{{resolve:secretsmanager:").contains(":SecretString:password::}}");
        Set<String> injected = new HashSet<>();
        for (JsonNode task : resourcesOfType("AWS::ECS::TaskDefinition")) {
            for (JsonNode container : task.at("/Properties/ContainerDefinitions")) {
                for (JsonNode env : container.at("/Environment")) {
                    assertThat(env.at("/Name").asString()).as("a plain environment value")
                            .isNotIn("SYNC_JWT_SECRET", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "SYNC_DB_PASSWORD", "SYNC_DB_USER");
                }
                for (JsonNode secret : container.at("/Secrets")) {
                    injected.add(secret.at("/Name").asString());
                    assertThat(secret.at("/ValueFrom").isObject()).as("an ARN reference").isTrue();
                }
            }
        }
        assertThat(injected).containsExactlyInAnyOrder("SYNC_JWT_SECRET", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "SYNC_DB_USER", "SYNC_DB_PASSWORD");
    }

    @Test
    void noIamStatementAllowsAWildcardActionOnEveryResource() {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode policy : resourcesOfType("AWS::IAM::Policy")) {
            policy.at("/Properties/PolicyDocument/Statement").forEach(statements::add);
        }
        for (JsonNode role : resourcesOfType("AWS::IAM::Role")) {
            role.at("/Properties/Policies").forEach(p -> p.at("/PolicyDocument/Statement").forEach(statements::add));
        }
        assertThat(statements).as("the template has policies to check").hasSizeGreaterThan(3);
        for (JsonNode statement : statements) {
            List<String> actions = strings(statement.at("/Action"));
            assertThat(actions).as("statement %s", statement).noneMatch(a -> a.equals("*"));
            if (strings(statement.at("/Resource")).contains("*")) {
                assertThat(actions).as("actions on Resource * in %s", statement).noneMatch(a -> a.contains("*"));
            }
        }
        // the server's own role may do nothing in AWS; the migration trigger may only run its task and pass its roles
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Action", "ecs:RunTask", "Effect", "Allow", "Resource", Map.of("Ref", Match.stringLikeRegexp("MigrateTask.*"))))))))); 
    }

    @Test
    void theServerLeavesMigrationToTheDeployAndIsCheckedByItsHealthProbe() {
        List<JsonNode> containers = new ArrayList<>();
        resourcesOfType("AWS::ECS::TaskDefinition").forEach(t -> t.at("/Properties/ContainerDefinitions").forEach(containers::add));
        JsonNode server = containers.stream().filter(c -> c.at("/Name").asString().equals("server")).findFirst().orElseThrow();
        JsonNode migrate = containers.stream().filter(c -> c.at("/Name").asString().equals("migrate")).findFirst().orElseThrow();
        assertThat(strings(server.at("/Command"))).contains("--no-migrate", "--behind-tls-proxy", "0.0.0.0");
        assertThat(server.at("/Environment").toString()).as("Checkout returns to the API's URL")
                .contains("{\"Name\":\"SYNC_PUBLIC_URL\",\"Value\":{\"Fn::GetAtt\":[\"Api");
        assertThat(strings(migrate.at("/Command")).getFirst()).isEqualTo("migrate");
        assertThat(strings(server.at("/HealthCheck/Command"))).contains("dev.sextant.sync.server.HealthProbe", "http://127.0.0.1:8080/health");
        assertThat(json.at("/Resources").toString()).as("the migration runs again only for a new image tag").contains("migrate-3f2c9e1");
        List<JsonNode> serverIngress = resourcesOfType("AWS::EC2::SecurityGroupIngress").stream()
                .filter(r -> r.at("/Properties/FromPort").asInt() == 8080).toList();
        assertThat(serverIngress).hasSize(1);
        assertThat(serverIngress.getFirst().at("/Properties/SourceSecurityGroupId/Fn::GetAtt/0").asString()).startsWith("VpcLinkFirewall");
        assertThat(json.toString()).doesNotContain("0.0.0.0/0\",\"Description\":\"from");
    }

    @Test
    void aMissingOrMalformedSettingIsNamedWithItsValue() {
        assertThatThrownBy(() -> DeploySettings.fromContext(Map.of("imageRepository", "sextant-sync-server", "stripePriceId", "price_1")::get))
                .hasMessage("context imageTag is not set: pass -c imageTag=… (an image tag such as the git commit Jib pushed)");
        assertThatThrownBy(() -> new DeploySettings("sextant-sync-server", "v1", "prod_123", Optional.empty()))
                .hasMessage("context stripePriceId: expected a Stripe price id price_…, got 'prod_123'");
    }

    private static JsonNode instanceProperty(String name) {
        return resourcesOfType("AWS::RDS::DBInstance").getFirst().at("/Properties/" + name);
    }

    private static List<JsonNode> resourcesOfType(String type) {
        List<JsonNode> found = new ArrayList<>();
        json.at("/Resources").forEach(r -> {
            if (r.at("/Type").asString().equals(type)) {
                found.add(r);
            }
        });
        return found;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isString() ? n.asString() : n.toString()));
        } else if (!node.isMissingNode()) {
            out.add(node.isString() ? node.asString() : node.toString());
        }
        return out;
    }
}
