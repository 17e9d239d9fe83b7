package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real entry point run as users run it: in its own JVM, with no display (whatever the machine
 * running the tests has), its exit code and both streams kept.
 */
record ProgramRun(int exitCode, String out, String err) {

    static ProgramRun of(String... args) throws IOException, InterruptedException {
        return withJvmOptions(List.of(), args);
    }

    /** The same, with {@code jvmOptions} given to the JVM before the class path. */
    static ProgramRun withJvmOptions(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.fourislands.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        process.getOutputStream().close();
        // Read both streams fully before waiting, so that neither pipe can fill up and block the child.
        CompletableFuture<String> err = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the program finishes").isTrue();
        return new ProgramRun(process.exitValue(), out, err.join());
    }
}
