package dev.sextant.sync.server.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt (Spring Security's encoder, cost 10) for account passwords. */
public final class PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    /** Compared against when the account does not exist, so a wrong e-mail costs as long as a wrong password. */
    private final String decoy = encoder.encode("no account has this password");

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the time of one check without an account. */
    public void matchNothing(String password) {
        encoder.matches(password, decoy);
    }
}
