package io.headwater.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The number codes the model files share: gaps between sorted keys in seven bits a byte, weights in 16 bits. */
final class CompactWeights {

    private CompactWeights() {
    }

    static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    /** The upper half of a float, rounded: three significant digits are plenty for a perceptron weight, at half the size. */
    static int bfloat16(float v) {
        int bits = Float.floatToIntBits(v);
        return (bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16;
    }

    static float fromBfloat16(int half) {
        return Float.intBitsToFloat(half << 16);
    }
}
