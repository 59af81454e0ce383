package nl.toegang.localservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.camunda.zeebe.client.ZeebeClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine's gateway has no credentials, so it must be reachable from this machine
 * only: a client on 127.0.0.1 gets answers, every other address of the machine is refused.
 */
class LocalZeebeTest {

    static LocalZeebe zeebe;
    static int port;

    @BeforeAll
    static void start() {
        zeebe = LocalZeebe.start(0);
        port = URI.create(zeebe.grpcAddress()).getPort();
    }

    @AfterAll
    static void stop() {
        zeebe.close();
    }

    @Test
    void aClientOnThisMachineTalksToTheEngineOver127001() {
        assertThat(zeebe.grpcAddress()).startsWith("http://127.0.0.1:");
        try (ZeebeClient client = ZeebeClient.newClientBuilder().grpcAddress(URI.create(zeebe.grpcAddress()))
                .preferRestOverGrpc(false).usePlaintext().build()) {
            var topology = client.newTopologyRequest().send().join();
            assertThat(topology.getBrokers()).isNotEmpty();
        }
    }

    @Test
    void everyOtherAddressOfThisMachineIsRefused() throws IOException {
        List<InetAddress> others = nonLoopbackAddresses();
        assumeThat(others).as("this machine has a network address besides loopback").isNotEmpty();
        for (InetAddress address : others) {
            assertThatThrownBy(() -> connect(address)).as("connecting to %s:%d", address, port)
                    .isInstanceOf(IOException.class);
        }
        assertThat(ListeningSockets.onlyOnLoopback(port)).as("listening sockets on port %d", port).isTrue();
    }

    @Test
    void aRestartedEngineListensOnLoopbackOnlyAgainAndAStoppedOneNotAtAll() throws IOException {
        try (LocalZeebe own = LocalZeebe.start(0)) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            int ownPort = URI.create(own.grpcAddress()).getPort();
            own.stop();
            assertThatThrownBy(() -> connect(loopback, ownPort)).isInstanceOf(IOException.class);
            own.restart();
            connect(loopback, ownPort);
            assertThat(ListeningSockets.onlyOnLoopback(ownPort)).isTrue();
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(LocalZeebeTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress())
                .toList();
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static void connect(InetAddress address) throws IOException {
        connect(address, port);
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }
}
