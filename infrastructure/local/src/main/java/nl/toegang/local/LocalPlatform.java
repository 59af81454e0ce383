package nl.toegang.local;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.households.FixturePersonRegistry;
import nl.toegang.core.web.TestEnvironmentFilter;
import nl.toegang.localidp.Persona;
import nl.toegang.localservices.FreePort;
import nl.toegang.localservices.LocalServices;
import nl.toegang.worker.JobDispatcher;

/**
 * The whole platform in one JVM: DynamoDB Local, the embedded Zeebe engine, the local identity
 * provider, every function's pages and APIs on one HTTP server, and the job dispatcher. Everything
 * is in memory, so a restart starts empty and never keeps half a case.
 */
public final class LocalPlatform implements AutoCloseable {

    /** Who deploys the bundled models at start, as shown on the administration page. */
    static final String STARTUP_DEPLOYER = "systeem (start)";

    private final LocalServices services;
    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final JobDispatcher dispatcher;

    private LocalPlatform(LocalServices services, ApplicationContext context, EmbeddedServer server, JobDispatcher dispatcher) {
        this.services = services;
        this.context = context;
        this.server = server;
        this.dispatcher = dispatcher;
    }

    public record Settings(int httpPort, LocalServices.Ports ports) {
        public static Settings random() {
            return new Settings(0, LocalServices.Ports.random());
        }
    }

    /**
     * Starts the platform and opens its HTTP port last: whoever reaches the port finds the forms
     * deployed and the job workers running, so no request is answered by a half-started platform.
     */
    public static LocalPlatform start(Settings settings) {
        LocalServices services = LocalServices.start(settings.ports());
        // Chosen now, so the provider knows the callback before the first person can reach the port.
        int httpPort = settings.httpPort() == 0 ? FreePort.find() : settings.httpPort();
        services.registerPlatform(httpPort);
        ApplicationContext context = null;
        try {
            context = ApplicationContext.builder().properties(properties(services, httpPort)).start();
            List<DeployedDefinition> deployed = deployBundled(context.getBean(DeploymentService.class));
            if (deployed.isEmpty()) {
                throw new IllegalStateException("No workflows were found on the classpath to deploy");
            }
            JobDispatcher dispatcher = context.getBean(JobDispatcher.class);
            dispatcher.start();
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            return new LocalPlatform(services, context, server, dispatcher);
        } catch (RuntimeException e) {
            if (context != null) {
                context.close();
            }
            services.close();
            throw e;
        }
    }

    /**
     * The fresh engine can take longer than a request's timeout for the first deployment of every
     * model and form on a busy machine; the deployment is all or nothing, so it is sent again.
     */
    private static List<DeployedDefinition> deployBundled(DeploymentService deployments) {
        for (int attempt = 1; ; attempt++) {
            try {
                return deployments.deploy(BundledWorkflows.load(), STARTUP_DEPLOYER);
            } catch (nl.toegang.core.web.ProblemException unavailable) {
                if (unavailable.status() != 503 || attempt == 3) {
                    throw unavailable;
                }
            }
        }
    }

    private static Map<String, Object> properties(LocalServices services, int httpPort) {
        Map<String, Object> properties = new LinkedHashMap<>(services.applicationProperties());
        properties.put("micronaut.server.port", httpPort);
        properties.put("micronaut.server.host", "127.0.0.1");
        // Everything is in memory here: every page says so, so nobody mistakes it for the real service.
        properties.put(TestEnvironmentFilter.SETTING, true);
        // The BRP client is not built: locally a fixture says who lives together.
        properties.put(FixturePersonRegistry.SETTING, "classpath:brp-fixture.json");
        return properties;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public LocalServices services() {
        return services;
    }

    public ApplicationContext context() {
        return context;
    }

    public List<Persona> personas() {
        return services.identityProvider().personas();
    }

    @Override
    public void close() {
        dispatcher.close();
        server.stop();
        context.close();
        services.close();
    }

    public static void main(String[] args) {
        Settings settings = new Settings(
                Integer.getInteger("toegang.local.http-port", 8080),
                new LocalServices.Ports(
                        Integer.getInteger("toegang.local.dynamodb-port", 8000),
                        Integer.getInteger("toegang.local.zeebe-port", 26500),
                        Integer.getInteger("toegang.local.idp-port", 8081),
                        Integer.getInteger("toegang.local.s3-port", 0)));
        LocalPlatform platform = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "toegang-shutdown"));
        System.out.println(Banner.text(platform, settings));
    }
}
