package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessTimerIT {

    private final ProcessTimer timer = new ProcessTimer(Duration.ofMinutes(1));

    @Test
    void timesAProcessAndTheSilenceBeforeItsFirstOutput() {
        ProcessTiming t = timer.run(List.of("sh", "-c", "sleep 0.4; echo hello; sleep 0.4"), Path.of("."));
        assertThat(t.exitCode()).isZero();
        assertThat(t.wallSeconds()).isGreaterThanOrEqualTo(0.8);
        assertThat(t.firstOutputSeconds()).isGreaterThanOrEqualTo(0.4).isLessThan(t.wallSeconds());
    }

    @Test
    void stopsAServerOnceItSaysItIsReadyAndTimesItToThatLine() {
        ProcessTiming t = timer.run(List.of("sh", "-c", "echo starting; sleep 0.3; echo ready; sleep 60"), Path.of("."),
                line -> line.equals("ready"));
        assertThat(t.wallSeconds()).isGreaterThanOrEqualTo(0.3).isLessThan(30);
        assertThat(t.exitCode()).isZero();
    }

    @Test
    void readsTheCpuTimeOfARunningProcess() {
        assertThat(ProcessTimer.cpuTicks(ProcessHandle.current().pid())).isPositive();
    }
}
