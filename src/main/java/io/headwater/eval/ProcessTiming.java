package io.headwater.eval;

/**
 * How long one whole process took, as its user waits for it.
 *
 * @param wallSeconds        from start to exit
 * @param firstOutputSeconds from start to the first byte on standard output or error (the end of the silence), or
 *                           -1 when it printed nothing
 * @param cpuSeconds         CPU time of the process on all its threads (user and system), or -1 where the platform
 *                           does not say (it is read from /proc)
 * @param exitCode           its exit code
 */
public record ProcessTiming(double wallSeconds, double firstOutputSeconds, double cpuSeconds, int exitCode) {
}
