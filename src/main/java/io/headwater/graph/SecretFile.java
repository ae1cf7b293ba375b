package io.headwater.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret kept in a file of Headwater's data directory (the embedded Neo4j's password, the REST API's
 * write token): generated on first use, readable by its owner only, the same at every start. Users who
 * want their own put it in the file (one line) before starting.
 *
 * @param value   the secret
 * @param file    the file that holds it
 * @param created true when this start generated it
 */
public record SecretFile(String value, Path file, boolean created) {

    @Override
    public String toString() {
        // Never print the secret by accident, in a log line or an exception message.
        return "SecretFile[" + file + "]";
    }

    /**
     * The secret in {@code file}, or a new random one written there (owner read/write only).
     *
     * @throws IllegalArgumentException when the file holds fewer than {@code minLength} characters
     */
    public static SecretFile readOrCreate(Path file, int minLength) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                return read(path, minLength);
            }
            Files.createDirectories(path.getParent());
            String secret = newSecret();
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(path); // a file system without POSIX permissions (Windows): the directory's own ACL applies
            } catch (FileAlreadyExistsException e) {
                return read(path, minLength); // another process made it first
            }
            Files.writeString(path, secret + "\n", StandardCharsets.UTF_8);
            return new SecretFile(secret, path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + path + ": " + e.getMessage(), e);
        }
    }

    private static SecretFile read(Path path, int minLength) throws IOException {
        String secret = Files.readString(path, StandardCharsets.UTF_8).strip();
        if (secret.length() < minLength || secret.contains("\n")) {
            throw new IllegalArgumentException(path + " must hold one line of at least " + minLength
                    + " characters (delete the file to have one generated)");
        }
        return new SecretFile(secret, path, false);
    }

    private static String newSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
