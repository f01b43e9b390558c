package io.github.cnbenforcer.image;

import io.github.cnbenforcer.text.Quote;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A content digest such as {@code sha256:2c26…}; only SHA-256 and SHA-512 are accepted. */
public final class Digest {
    private static final Pattern SHA256 = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern SHA512 = Pattern.compile("sha512:[a-f0-9]{128}");

    private final String value;

    private Digest(String value) {
        this.value = value;
    }

    /** Parses a digest, rejecting anything that could not name a blob safely (e.g. path segments). */
    public static Digest parse(String value) {
        if (value == null
                || !(SHA256.matcher(value).matches() || SHA512.matcher(value).matches())) {
            throw new IllegalArgumentException(
                    "not a sha256 or sha512 digest: " + (value == null ? "(none)" : Quote.of(value)));
        }
        return new Digest(value);
    }

    public static boolean isValid(String value) {
        return value != null
                && (SHA256.matcher(value).matches() || SHA512.matcher(value).matches());
    }

    public static Digest sha256(byte[] content) {
        return new Digest("sha256:" + hex(newDigest("SHA-256").digest(content)));
    }

    /** The digest of {@code content} computed with this digest's algorithm. */
    public Digest recompute(byte[] content) {
        String algorithm = algorithm().equals("sha512") ? "SHA-512" : "SHA-256";
        return new Digest(algorithm() + ":" + hex(newDigest(algorithm).digest(content)));
    }

    /** A fresh {@link MessageDigest} for this digest's algorithm, for verifying streamed content. */
    public MessageDigest newMessageDigest() {
        return newDigest(algorithm().equals("sha512") ? "SHA-512" : "SHA-256");
    }

    /** Whether {@code computed} (raw bytes of a {@link #newMessageDigest()}) is this digest. */
    public boolean matches(byte[] computed) {
        return hex().equals(hex(computed));
    }

    public String algorithm() {
        return value.substring(0, value.indexOf(':'));
    }

    public String hex() {
        return value.substring(value.indexOf(':') + 1);
    }

    /** A short form for messages: {@code sha256:2c26b46b68ff}. */
    public String abbreviated() {
        return value.substring(0, Math.min(value.length(), value.indexOf(':') + 13));
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Digest && ((Digest) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
