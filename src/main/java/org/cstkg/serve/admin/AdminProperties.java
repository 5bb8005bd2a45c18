package org.cstkg.serve.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin credential and where admin requests may come from.
 *
 * @param passwordHash the admin password as a hash made by {@code cstkg admin-hash} ({@code {bcrypt}$2a$…}); never
 *                     the password itself
 * @param passwordFile a file holding that hash (used when {@code passwordHash} is not set)
 * @param allowRemote  whether admin requests may come from other machines; by default only loopback clients that
 *                     came through no proxy
 */
@ConfigurationProperties("cstkg.admin")
public record AdminProperties(String passwordHash, Path passwordFile, @DefaultValue("false") boolean allowRemote) {

    /** The configured hash, checked; empty when admin operations are off. */
    public Optional<String> credential() {
        String hash = passwordHash;
        if ((hash == null || hash.isBlank()) && passwordFile != null)
            try {
                hash = Files.readString(passwordFile).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cstkg.admin.password-file: cannot read " + passwordFile + ": "
                        + e.getMessage());
            }
        if (hash == null || hash.isBlank())
            return Optional.empty();
        if (!hash.matches("\\{(bcrypt|pbkdf2@SpringSecurity_v5_8|pbkdf2)\\}\\S+"))
            throw new IllegalArgumentException("cstkg.admin: the credential must be a password hash made with "
                    + "'cstkg admin-hash' ({bcrypt}…), not a password");
        return Optional.of(hash);
    }
}
