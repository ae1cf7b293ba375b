package io.headwater.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer the command line uses: records as objects, indented. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object o) {
        return MAPPER.writeValueAsString(o);
    }
}
