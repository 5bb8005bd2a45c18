package org.cstkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.cstkg.serve.admin.AdminCredential;

import picocli.CommandLine.Command;

@Command(name = "admin-hash", mixinStandardHelpOptions = true,
        description = { "Read an admin password from standard input (one line) and print its hash ({bcrypt}…),",
                "for serve --admin-password-file or CSTKG_ADMIN_PASSWORD_HASH. Only the hash is ever stored." })
final class AdminHashCommand implements Callable<Integer> {

    static final int MIN_LENGTH = 12;

    @Override
    public Integer call() throws IOException {
        String password;
        if (System.console() != null) {
            char[] typed = System.console().readPassword("admin password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.strip().length() < MIN_LENGTH)
            throw new Main.UserError("admin-hash: give a password of at least " + MIN_LENGTH + " characters");
        System.out.println(AdminCredential.hash(password.strip()));
        return 0;
    }
}
