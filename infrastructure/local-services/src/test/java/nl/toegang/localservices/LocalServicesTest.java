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
            assertThat(ListeningSockets.onlyOnLoopback(dynamo.endpoint().getPort())).isTrue();
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
}
