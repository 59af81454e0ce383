package nl.toegang.localservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class LocalServicesTest {

    @Test
    void createsEveryTableOfTheTemplateWithItsIndexesAndTtl() throws Exception {
        List<TableDefinitions.Table> tables = TableDefinitions.fromBundledTemplate();
        assertThat(tables).extracting(TableDefinitions.Table::name)
                .contains("toegang-cases", "toegang-case-events", "toegang-tasks", "toegang-definitions");

        try (LocalDynamoDb dynamo = LocalDynamoDb.start(0); var client = dynamo.client()) {
            assertThat(listensOnlyOnLoopback(dynamo.endpoint().getPort())).isTrue();
            LocalDynamoDb.createTables(client, tables);
            LocalDynamoDb.createTables(client, tables); // a second start must not fail

            assertThat(client.listTables().tableNames())
                    .containsExactlyInAnyOrderElementsOf(tables.stream().map(TableDefinitions.Table::name).toList());
            var tasks = client.describeTable(DescribeTableRequest.builder().tableName("toegang-tasks").build()).table();
            assertThat(tasks.globalSecondaryIndexes()).extracting(i -> i.indexName())
                    .containsExactlyInAnyOrder("open-by-group", "open-by-assignee", "by-case");
            var ttl = client.describeTimeToLive(DescribeTimeToLiveRequest.builder().tableName("toegang-cases").build());
            assertThat(ttl.timeToLiveDescription().attributeName()).isEqualTo("expiresAt");
            assertThat(ttl.timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        }
    }

    @Test
    void zeebeEngineAcceptsGrpcConnectionsAndCanBeRestarted() throws Exception {
        try (LocalZeebe zeebe = LocalZeebe.start(0)) {
            int port = Integer.parseInt(zeebe.grpcAddress().substring(zeebe.grpcAddress().lastIndexOf(':') + 1));
            assertThat(portOpen(port)).isTrue();
            zeebe.stop();
            assertThat(portOpen(port)).isFalse();
            zeebe.restart();
            assertThat(portOpen(port)).isTrue();
        }
    }

    /**
     * Reads the kernel's table of listening sockets (no traffic sent): the port must be bound to
     * 127.0.0.1 only, never to 0.0.0.0.
     */
    private static boolean listensOnlyOnLoopback(int port) throws java.io.IOException {
        String portHex = String.format(":%04X", port);
        java.util.List<String> listening = new java.util.ArrayList<>();
        for (String table : java.util.List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            java.nio.file.Files.readAllLines(java.nio.file.Path.of(table)).stream()
                    .skip(1)
                    .map(line -> line.trim().split("\\s+"))
                    .filter(cols -> cols[1].endsWith(portHex) && cols[3].equals("0A"))
                    .forEach(cols -> listening.add(cols[1].substring(0, cols[1].indexOf(':'))));
        }
        java.util.Set<String> loopback = java.util.Set.of("0100007F", "0000000000000000FFFF00000100007F",
                "00000000000000000000000001000000");
        return !listening.isEmpty() && loopback.containsAll(listening);
    }

    private static boolean portOpen(int port) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
