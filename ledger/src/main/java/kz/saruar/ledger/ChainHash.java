package kz.saruar.ledger;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 hash of the LIFTCOIN journal's chain (LFT-06): a record's hash, or the head hash to
 * publish and compare with a later verification. Immutable; prints as lowercase hex.
 */
public final class ChainHash {
    /** The number of bytes of a chain hash. */
    public static final int SIZE = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private ChainHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash with these 32 bytes (copied). */
    public static ChainHash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a chain hash has " + SIZE + " bytes, not " + bytes.length);
        }
        return new ChainHash(bytes.clone());
    }

    /** The hash written as 64 hex digits, e.g. as {@code saruar ledger verify} prints it. */
    public static ChainHash fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != SIZE * 2) {
            throw new IllegalArgumentException("a chain hash is " + SIZE * 2 + " hex digits, not " + hex.length());
        }
        return new ChainHash(HEX.parseHex(hex));
    }

    /** The hash of {@code SIZE} bytes at {@code offset} of {@code source} (copied). */
    static ChainHash copyOf(byte[] source, int offset) {
        return new ChainHash(Arrays.copyOfRange(source, offset, offset + SIZE));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 64 lowercase hex digits. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainHash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
