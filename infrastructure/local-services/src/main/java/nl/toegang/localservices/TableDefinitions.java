package nl.toegang.localservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * Reads the DynamoDB tables from the SAM template, so local and cloud tables can never drift
 * apart: template.yaml is the only place a table is defined.
 */
public final class TableDefinitions {

    public record Table(CreateTableRequest createRequest, String ttlAttribute) {
        public String name() {
            return createRequest.tableName();
        }
    }

    private TableDefinitions() {}

    /** The tables of the template.yaml that the build copies onto the classpath. */
    public static List<Table> fromBundledTemplate() {
        try (InputStream in = TableDefinitions.class.getResourceAsStream("/template.yaml")) {
            if (in == null) {
                throw new IllegalStateException("template.yaml is not on the classpath");
            }
            return fromTemplate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Table> fromTemplate(InputStream template) {
        Map<String, Object> root = new Yaml(new CloudFormationTagsIgnored()).load(template);
        Map<String, Object> resources = (Map<String, Object>) root.get("Resources");
        List<Table> tables = new ArrayList<>();
        for (Object resource : resources.values()) {
            Map<String, Object> r = (Map<String, Object>) resource;
            if ("AWS::DynamoDB::Table".equals(r.get("Type"))) {
                tables.add(toTable((Map<String, Object>) r.get("Properties")));
            }
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static Table toTable(Map<String, Object> p) {
        var builder = CreateTableRequest.builder()
                .tableName((String) p.get("TableName"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(p, "AttributeDefinitions").stream()
                        .map(a -> AttributeDefinition.builder()
                                .attributeName((String) a.get("AttributeName"))
                                .attributeType((String) a.get("AttributeType"))
                                .build())
                        .toList())
                .keySchema(keySchema(list(p, "KeySchema")));
        List<Map<String, Object>> indexes = list(p, "GlobalSecondaryIndexes");
        if (!indexes.isEmpty()) {
            builder.globalSecondaryIndexes(indexes.stream()
                    .map(i -> GlobalSecondaryIndex.builder()
                            .indexName((String) i.get("IndexName"))
                            .keySchema(keySchema((List<Map<String, Object>>) i.get("KeySchema")))
                            .projection(Projection.builder()
                                    .projectionType((String) ((Map<String, Object>) i.get("Projection")).get("ProjectionType"))
                                    .build())
                            .build())
                    .toList());
        }
        Map<String, Object> ttl = (Map<String, Object>) p.get("TimeToLiveSpecification");
        return new Table(builder.build(), ttl == null ? null : (String) ttl.get("AttributeName"));
    }

    private static List<KeySchemaElement> keySchema(List<Map<String, Object>> elements) {
        return elements.stream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName((String) k.get("AttributeName"))
                        .keyType((String) k.get("KeyType"))
                        .build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> p, String key) {
        Object value = p.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** CloudFormation short forms (!Ref, !Sub, !GetAtt ...) are read as plain values. */
    private static final class CloudFormationTagsIgnored extends SafeConstructor {
        CloudFormationTagsIgnored() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return scalar.getValue();
                    }
                    return node.getNodeId() == org.yaml.snakeyaml.nodes.NodeId.sequence
                            ? constructSequence((org.yaml.snakeyaml.nodes.SequenceNode) node)
                            : constructMapping((org.yaml.snakeyaml.nodes.MappingNode) node);
                }
            });
        }
    }
}
