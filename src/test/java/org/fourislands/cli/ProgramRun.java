package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
        // Both streams read apart from the waiting, so that neither pipe can fill up and block the child,
        // and a child that never ends fails the test instead of holding it.
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertThat(finished).as("the program finishes within 2 minutes; it said:%n%s", err.join()).isTrue();
        return new ProgramRun(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        });
        return text;
    }
}
