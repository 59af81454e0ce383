package nl.toegang.localservices;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls a function's Lambda handler the way API Gateway does, and reads the answer like an HTTP client. */
public final class LambdaClient {

    private final String functionName;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    public LambdaClient(String functionName, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        this.functionName = functionName;
        this.handler = handler;
    }

    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    public Response get(String path, String token) {
        return call("GET", path, token, null, null);
    }

    public Response postJson(String path, String token, String json) {
        return call("POST", path, token, "application/json", json);
    }

    public Response postForm(String path, String token, String formBody) {
        return call("POST", path, token, "application/x-www-form-urlencoded", formBody);
    }

    public Response call(String method, String path, String token, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        return call(method, path, headers, body);
    }

    public Response call(String method, String path, Map<String, String> headers, String body) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(LambdaInvocation.event(method, path, headers, body),
                LambdaInvocation.context(functionName, 30_000));
        String text = response.getBody();
        if (text != null && response.getIsBase64Encoded()) {
            text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        }
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            responseHeaders.putAll(response.getHeaders());
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((k, v) -> responseHeaders.putIfAbsent(k, String.join(",", v)));
        }
        return new Response(response.getStatusCode(), responseHeaders, text == null ? "" : text);
    }
}
