package org.casereview.staff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B's test vectors, and the window and replay rules around them. */
class TotpTest {

    static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s: {1} {2} {3}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc_6238_test_vectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // An authenticator app shows the last six digits.
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void a_code_is_accepted_for_the_step_either_side_and_not_further() {
        long now = Totp.step(Instant.ofEpochSecond(1_111_111_111));
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now), now, Long.MIN_VALUE)).hasValue(now);
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now - 1), now, Long.MIN_VALUE)).hasValue(now - 1);
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now + 1), now, Long.MIN_VALUE)).hasValue(now + 1);
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now - 2), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now + 2), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void a_code_once_used_and_codes_older_than_it_are_refused() {
        long now = Totp.step(Instant.ofEpochSecond(1_234_567_890));
        String code = Totp.code(SHA1_SEED, now);
        assertThat(Totp.match(SHA1_SEED, code, now, now)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now - 1), now, now)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, now + 1), now, now)).hasValue(now + 1);
    }

    @Test
    void spaces_are_ignored_and_anything_but_six_digits_is_refused() {
        long now = Totp.step(Instant.ofEpochSecond(59));
        String code = Totp.code(SHA1_SEED, now);
        assertThat(Totp.match(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, Long.MIN_VALUE))
                .hasValue(now);
        assertThat(Totp.match(SHA1_SEED, "", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, "94287082", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, "٢٨٧٠٨٢", now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void base32_round_trips_and_matches_rfc_4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi====")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(SHA512_SEED))).isEqualTo(SHA512_SEED);
    }
}
