package org.casereview.applicantaccess;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes codes and their hashes. A six-digit security code is guessable offline from a plain hash, so it is kept as an
 * HMAC-SHA-256 under a server key that is not in the database ({@code casereview.applicant-access.key}, base 64; when
 * empty, a random key made at start-up: codes then stop working after a restart, which costs a new code at worst).
 * The same key turns client addresses into opaque keys for the rate limits. An access code has 60 random bits and
 * must outlive restarts, so it is kept as a SHA-256 hash salted with its case.
 */
@Component
class Codes {

    private static final Logger log = LoggerFactory.getLogger(Codes.class);
    /** No 0/O, 1/I/L: read out over the phone or copied from a letter without mistakes. */
    static final String ACCESS_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int ACCESS_CODE_LENGTH = 12;
    static final int SECURITY_CODE_DIGITS = 6;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    Codes(@Value("${casereview.applicant-access.key:}") String configuredKey) {
        byte[] bytes;
        if (configuredKey.isBlank()) {
            bytes = new byte[32];
            random.nextBytes(bytes);
            log.info("No casereview.applicant-access.key set: security codes use a key made at start-up");
        } else {
            bytes = Base64.getDecoder().decode(configuredKey.strip());
            if (bytes.length < 32) {
                throw new IllegalStateException("casereview.applicant-access.key must be at least 32 bytes, base 64");
            }
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String securityCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    /** A random handle for a request, kept in the applicant's session to name it; 128 bits. */
    String handle() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Three groups of four, about 60 bits: "K7MF-29XQ-HV4C". */
    String accessCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < ACCESS_CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ACCESS_CODE_ALPHABET.charAt(random.nextInt(ACCESS_CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces or dashes, in capitals: "k7mf 29xq-hv4c" is "K7MF29XQHV4C". */
    static String normaliseAccessCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    String keyed(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    String securityCodeHash(String handle, String code) {
        return keyed("security-code:" + handle + ":" + code);
    }

    String clientKey(String clientAddress) {
        return keyed("client:" + clientAddress);
    }

    static String accessCodeHash(long applicationId, String normalisedCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("access-code:" + applicationId + ":" + normalisedCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
