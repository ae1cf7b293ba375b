package io.headwater.extract;

/** An open-addressing map from 64-bit feature hashes to row numbers, without boxing (a tagger's rows; its trainer fills one). */
public final class LongIndex {

    private long[] keys;
    private int[] rows;
    private boolean[] used;
    private int size;

    /** An empty index sized for about {@code expected} keys. */
    public LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        used = new boolean[capacity];
    }

    /** The row of {@code key}, or -1. */
    /** The row of {@code key}, or -1. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return rows[i];
            }
        }
        return -1;
    }

    /** Maps {@code key} to {@code row}. */
    /** Gives {@code key} the row {@code row}. */
    public void put(long key, int row) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (!used[i]) {
            size++;
        }
        used[i] = true;
        keys[i] = key;
        rows[i] = row;
    }

    /** The number of keys. */
    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldRows[i]);
            }
        }
    }

    /** The keys held, in no particular order. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                out[n++] = keys[i];
            }
        }
        return out;
    }
}
