// What bench-ingest --query-plans (io.headwater.eval.IngestBenchmark) asks Neo4j's data collector: every statement the
// database ran while it collected, with the time each invocation spent being compiled (parsed and planned) and
// executed, to tell a statement planned once from one planned again and again.

// name: start
CALL db.stats.collect('QUERIES')
YIELD section, success, message
RETURN success, message;

// name: stop
CALL db.stats.stop('QUERIES')
YIELD section, success, message
RETURN success, message;

// name: retrieve
CALL db.stats.retrieve('QUERIES')
YIELD data
RETURN data.query AS query, data.invocationSummary AS summary, data.invocations AS invocations;

// name: clear
CALL db.stats.clear('QUERIES')
YIELD section, success, message
RETURN success, message;
