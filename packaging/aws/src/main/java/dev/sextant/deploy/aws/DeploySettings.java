package dev.sextant.deploy.aws;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a deployment chooses, from the CDK context ({@code -c name=value} or cdk.json): the ECR repository and tag
 * of the image Jib pushed, the Stripe price subscribed to, and where alarm e-mails go.
 *
 * @param imageRepository the ECR repository name (cdk.json: {@code sextant-sync-server})
 * @param imageTag the tag of the image to run; a new tag is a new deploy and runs the migrations once
 * @param stripePriceId the recurring Stripe price ({@code price_…}); not a secret
 * @param alarmEmail an address subscribed to the alarms, if any
 */
public record DeploySettings(String imageRepository, String imageTag, String stripePriceId, Optional<String> alarmEmail) {

    public DeploySettings {
        require("imageRepository", imageRepository, "[a-z0-9][a-z0-9._/-]{1,255}", "an ECR repository name");
        require("imageTag", imageTag, "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", "an image tag such as the git commit Jib pushed");
        require("stripePriceId", stripePriceId, "price_[A-Za-z0-9]+", "a Stripe price id price_…");
        alarmEmail.ifPresent(e -> require("alarmEmail", e, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address"));
    }

    /** Reads the settings from the context; a missing or malformed one is an error naming it and the value. */
    public static DeploySettings fromContext(Function<String, Object> context) {
        return new DeploySettings(text(context, "imageRepository"), text(context, "imageTag"), text(context, "stripePriceId"),
                Optional.ofNullable(context.apply("alarmEmail")).map(Object::toString));
    }

    private static String text(Function<String, Object> context, String name) {
        Object value = context.apply(name);
        return value == null ? null : value.toString();
    }

    private static void require(String name, String value, String pattern, String what) {
        if (value == null) {
            throw new IllegalArgumentException("context " + name + " is not set: pass -c " + name + "=… (" + what + ")");
        }
        if (!value.matches(pattern)) {
            throw new IllegalArgumentException("context " + name + ": expected " + what + ", got '" + value + "'");
        }
    }
}
