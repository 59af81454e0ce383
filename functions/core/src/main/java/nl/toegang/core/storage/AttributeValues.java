package nl.toegang.core.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts JSON-like Java values (maps, lists, strings, numbers, booleans) to DynamoDB attributes and back. */
public final class AttributeValues {
    private AttributeValues() {}

    public static AttributeValue of(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(new BigDecimal(n.toString()).toPlainString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            map.forEach((k, v) -> m.put(String.valueOf(k), of(v)));
            return AttributeValue.fromM(m);
        }
        if (value instanceof Iterable<?> list) {
            List<AttributeValue> l = new ArrayList<>();
            list.forEach(v -> l.add(of(v)));
            return AttributeValue.fromL(l);
        }
        return AttributeValue.fromS(value.toString());
    }

    public static Object toJava(AttributeValue value) {
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return null;
        }
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            BigDecimal n = new BigDecimal(value.n());
            return n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Object) n.longValueExact() : n;
        }
        if (value.bool() != null) {
            return value.bool();
        }
        if (value.hasM()) {
            return toJavaMap(value.m());
        }
        if (value.hasL()) {
            return value.l().stream().map(AttributeValues::toJava).toList();
        }
        if (value.hasSs()) {
            return List.copyOf(value.ss());
        }
        return null;
    }

    public static Map<String, Object> toJavaMap(Map<String, AttributeValue> item) {
        Map<String, Object> m = new LinkedHashMap<>();
        item.forEach((k, v) -> m.put(k, toJava(v)));
        return m;
    }

    public static String string(Map<String, AttributeValue> item, String key) {
        AttributeValue v = item.get(key);
        return v == null ? null : v.s();
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
