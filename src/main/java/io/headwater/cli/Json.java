package io.headwater.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer the command line uses: records as objects, indented. */
public final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    /** {@code o} as the command line prints it (trace --json and the evaluation commands write the same bytes). */
    public static String write(Object o) {
        return MAPPER.writeValueAsString(o);
    }
}
