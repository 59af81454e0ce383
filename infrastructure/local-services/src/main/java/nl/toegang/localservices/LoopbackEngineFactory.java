package nl.toegang.localservices;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.engine.InMemoryEngine;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * zeebe-process-test's in-memory engine with its gRPC gateway on 127.0.0.1 only.
 *
 * <p>The gateway has no credentials: whoever reaches it can complete any job (approve a decision,
 * skip four eyes) and read every case's variables. zeebe-process-test 8.8 binds it to every
 * interface ({@code ServerBuilder.forPort}) and has no setting for the address. So we let
 * {@link EngineFactory} build the engine, whose server has not opened a socket yet, and build the
 * same {@link InMemoryEngine} again with a server on loopback that serves the same gateway. Its
 * parts are read by name because the gateway's class and the factory's helpers are not public;
 * if a new version renames them, the platform fails at start instead of listening on the network.
 */
final class LoopbackEngineFactory {

    /** InMemoryEngine's constructor parameters after the gRPC server, in order, by field name. */
    private static final List<String> ENGINE_PARTS = List.of(
            "streamProcessor", "gateway", "database", "logStream", "scheduler", "recordStream", "clock",
            "engineStateMonitor");

    private LoopbackEngineFactory() {}

    static ZeebeTestEngine create(int port) {
        InMemoryEngine unstarted = (InMemoryEngine) EngineFactory.create(port);
        Object[] arguments = new Object[ENGINE_PARTS.size() + 1];
        for (int i = 0; i < ENGINE_PARTS.size(); i++) {
            arguments[i + 1] = part(unstarted, ENGINE_PARTS.get(i));
        }
        arguments[0] = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .addService((BindableService) part(unstarted, "gateway"))
                .build();
        try {
            Constructor<InMemoryEngine> constructor = engineConstructor();
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build the Zeebe engine on 127.0.0.1", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Constructor<InMemoryEngine> engineConstructor() {
        for (Constructor<?> constructor : InMemoryEngine.class.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == ENGINE_PARTS.size() + 1 && parameters[0] == Server.class) {
                return (Constructor<InMemoryEngine>) constructor;
            }
        }
        throw new IllegalStateException("This zeebe-process-test version builds InMemoryEngine differently; "
                + "update " + LoopbackEngineFactory.class.getSimpleName());
    }

    private static Object part(InMemoryEngine engine, String name) {
        try {
            Field field = InMemoryEngine.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(engine);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("This zeebe-process-test version has no engine part '" + name + "'; "
                    + "update " + LoopbackEngineFactory.class.getSimpleName(), e);
        }
    }
}
