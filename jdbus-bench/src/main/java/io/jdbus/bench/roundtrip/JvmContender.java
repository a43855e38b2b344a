package io.jdbus.bench.roundtrip;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java library as contender: its service and its client each in a JVM of its own (the JDK and class path
 * of the harness), so that neither shares a heap, a JIT or a garbage collector with the other or with the
 * harness, as with the C reference's two processes.
 */
final class JvmContender implements Contender {
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration RUN = Duration.ofMinutes(10);

    private final String label;
    private final String role;
    private final Class<?> service;
    private final Class<?> client;
    private final List<String> jvmArgs;
    private PrivateDaemon daemon;
    private Spawned serviceProcess;
    private Spawned clientProcess;

    /**
     * {@code role} names the processes ({@code role-service}, {@code role-client}) and replaces {@code {role}}
     * in {@code jvmArgs}, e.g. in {@code -XX:StartFlightRecording=filename=/tmp/{role}.jfr}.
     */
    JvmContender(String label, String role, Class<?> service, Class<?> client, List<String> jvmArgs) {
        this.label = label;
        this.role = role;
        this.service = service;
        this.client = client;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void start() throws IOException {
        daemon = PrivateDaemon.start();
        String name = "com.example.Echo." + role.replace('-', '_');
        serviceProcess = Spawned.start(role + "-service", java(role + "-service", service, name), daemon.address());
        serviceProcess.awaitReady(START);
        clientProcess = Spawned.start(role + "-client", java(role + "-client", client, name), daemon.address());
        clientProcess.awaitReady(START);
    }

    private List<String> java(String process, Class<?> main, String name) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dslf4j.internal.verbosity=ERROR");   // dbus-java logs through SLF4J: no "no provider" notice
        for (String arg : jvmArgs) {
            command.add(arg.replace("{role}", process));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), daemon.address(), name));
        return command;
    }

    @Override
    public Run run(int queue, int count) throws IOException {
        long daemonCpu = CpuTime.of(daemon.process());
        long serviceCpu = CpuTime.of(serviceProcess.handle());
        long clientCpu = CpuTime.of(clientProcess.handle());
        clientProcess.send("run " + queue + " " + count);
        String answer = clientProcess.nextReply(RUN, "done ", "failed ");
        if (!answer.startsWith("done ")) {
            throw new IOException(label + " client: " + answer);
        }
        return new Run(Long.parseLong(answer.substring("done ".length())),
                CpuTime.of(daemon.process()) - daemonCpu,
                CpuTime.of(serviceProcess.handle()) - serviceCpu,
                CpuTime.of(clientProcess.handle()) - clientCpu);
    }

    @Override
    public void close() {
        if (clientProcess != null) {
            clientProcess.close();
        }
        if (serviceProcess != null) {
            serviceProcess.close();
        }
        if (daemon != null) {
            try {
                daemon.close();
            } catch (IOException e) {
                System.err.println("could not remove the bus of " + label + ": " + e);
            }
        }
    }
}
