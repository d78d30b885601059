package org.casereview.staff;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps the two-factor secrets encrypted in the database (AES-256-GCM, each sealed to its account), so that a copy of
 * the database or a backup is not enough to make anyone's codes. The key comes from the setting
 * {@code casereview.security.two-factor-key} (base 64 of 32 random bytes) or, when that is empty, from a key file
 * that is created the first time it is needed. Keep the key out of the database's backups, and keep it: without it,
 * everyone has to set up two-factor sign-in again.
 */
@Component
class TwoFactorSecrets {

    private static final Logger log = LoggerFactory.getLogger(TwoFactorSecrets.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String configuredKey;
    private final Path keyFile;
    private @Nullable SecretKeySpec key;

    TwoFactorSecrets(@Value("${casereview.security.two-factor-key:}") String configuredKey,
                     @Value("${casereview.security.two-factor-key-file:./data/two-factor.key}") Path keyFile) {
        this.configuredKey = configuredKey.strip();
        this.keyFile = keyFile;
    }

    byte[] newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return secret;
    }

    String seal(long accountId, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, accountId, iv);
            byte[] sealed = cipher.doFinal(secret);
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The two-factor secret could not be encrypted", e);
        }
    }

    byte[] open(long accountId, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown form of two-factor secret");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            byte[] iv = java.util.Arrays.copyOfRange(bytes, 0, IV_BYTES);
            return cipher(Cipher.DECRYPT_MODE, accountId, iv).doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The two-factor secret could not be read with this key", e);
        }
    }

    private Cipher cipher(int mode, long accountId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
        // Sealed to the account: a secret copied onto another account's row does not open.
        cipher.updateAAD(("staff-account:" + accountId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            byte[] bytes = Base64.getDecoder().decode(configuredKey.isEmpty() ? keyFromFile() : configuredKey);
            if (bytes.length != 32) {
                throw new IllegalStateException("The two-factor key must be 32 bytes, base 64 encoded");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private String keyFromFile() {
        try {
            if (!Files.exists(keyFile)) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                Path parent = keyFile.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                try {
                    Files.writeString(Files.createFile(keyFile), Base64.getEncoder().encodeToString(bytes));
                    try {
                        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: the directory's own protection has to do
                    }
                    log.warn("Created the key for two-factor secrets at {}. Keep it safe and apart from the "
                            + "database's backups, or set CASEREVIEW_TWO_FACTOR_KEY", keyFile.toAbsolutePath());
                } catch (FileAlreadyExistsException e) {
                    // the other application created it a moment ago
                }
            }
            return Files.readString(keyFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The key for two-factor secrets could not be read or created", e);
        }
    }
}
