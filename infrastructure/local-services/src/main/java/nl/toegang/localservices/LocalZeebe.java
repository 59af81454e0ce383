package nl.toegang.localservices;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;

/**
 * The embedded Zeebe engine of zeebe-process-test, reachable over gRPC on 127.0.0.1 only (see
 * {@link LoopbackEngineFactory}). It keeps its state in memory: a restarted engine has forgotten
 * every deployment and process instance.
 */
public final class LocalZeebe implements AutoCloseable {

    private final int port;
    private ZeebeTestEngine engine;

    private LocalZeebe(int port) {
        this.port = port;
    }

    /** Starts the engine; port 0 picks a free one. */
    public static LocalZeebe start(int port) {
        LocalZeebe zeebe = new LocalZeebe(port == 0 ? FreePort.find() : port);
        zeebe.startEngine();
        return zeebe;
    }

    private void startEngine() {
        engine = LoopbackEngineFactory.create(port);
        engine.start();
    }

    /** The gRPC address clients connect to, e.g. {@code http://127.0.0.1:26500}. */
    public String grpcAddress() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops the engine so the platform can be tested while Zeebe is unreachable. */
    public void stop() {
        if (engine != null) {
            engine.stop();
            engine = null;
        }
    }

    /** Starts a fresh, empty engine on the same port. */
    public void restart() {
        stop();
        startEngine();
    }

    /** Moves the engine clock forward, so timers (legal deadlines) can be tested. */
    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
    }

    public ZeebeTestEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        stop();
    }
}
