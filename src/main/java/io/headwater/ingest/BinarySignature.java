package io.headwater.ingest;

import java.util.Optional;

/**
 * File formats that are sometimes saved under an HTML or text name but are not pages, told apart by
 * their first bytes so that they are refused with a message naming what they are.
 */
enum BinarySignature {
    PDF("a PDF document", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("a GIF image", new byte[] {'G', 'I', 'F', '8'}),
    ZIP("a ZIP archive (or an Office document)", new byte[] {'P', 'K', 3, 4}),
    GZIP("gzip-compressed data", new byte[] {0x1F, (byte) 0x8B}),
    RIFF("a RIFF media file (WebP image, WAV or AVI)", new byte[] {'R', 'I', 'F', 'F'});

    private final String description;
    private final byte[] magic;

    BinarySignature(String description, byte[] magic) {
        this.description = description;
        this.magic = magic;
    }

    /** What the format is, for messages ("a PDF document"). */
    String description() {
        return description;
    }

    /** The format whose magic number {@code bytes} starts with, if any. */
    static Optional<BinarySignature> of(byte[] bytes) {
        for (BinarySignature signature : values()) {
            if (startsWith(bytes, signature.magic)) {
                return Optional.of(signature);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
