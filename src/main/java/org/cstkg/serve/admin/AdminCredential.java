package org.cstkg.serve.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The admin's credential: HTTP Basic with the user name {@value #USER} and a password checked against a stored hash
 * (Spring Security's delegating encoder: bcrypt by default).
 */
public final class AdminCredential {

    public static final String USER = "admin";
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final String hash;

    AdminCredential(String hash) {
        this.hash = hash;
    }

    /** The hash to configure for a password ({@code {bcrypt}$2a$10$…}). */
    public static String hash(CharSequence password) {
        return ENCODER.encode(password);
    }

    /** Whether an {@code Authorization} header carries the admin's user name and password. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6))
            return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !decoded.substring(0, colon).equals(USER))
            return false;
        return ENCODER.matches(decoded.substring(colon + 1), hash);
    }
}
