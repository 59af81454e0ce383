package nl.toegang.localservices;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the API Gateway HTTP API (payload 2.0) events and the Lambda context a function receives
 * in AWS, so a handler can be invoked here exactly as the Lambda runtime would.
 */
public final class LambdaInvocation {
    private LambdaInvocation() {}

    public static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> headers, String body) {
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        Map<String, String> lowerCaseHeaders = new LinkedHashMap<>();
        headers.forEach((k, v) -> lowerCaseHeaders.put(k.toLowerCase(), v));
        lowerCaseHeaders.putIfAbsent("host", "toegang.example.nl");
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(rawPath)
                .withRawQueryString(query)
                .withQueryStringParameters(queryParameters(query))
                .withHeaders(lowerCaseHeaders)
                .withBody(body == null ? null : Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)))
                .withIsBase64Encoded(body != null)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(rawPath)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1")
                                .build())
                        .build())
                .build();
    }

    /** API Gateway passes the query both raw and as a map (repeated names joined by commas). */
    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    /** The context a function gets: a request id and the time it has left. */
    public static Context context(String functionName, long remainingMillis) {
        long deadline = System.currentTimeMillis() + remainingMillis;
        String requestId = UUID.randomUUID().toString();
        return new Context() {
            public String getAwsRequestId() { return requestId; }
            public String getLogGroupName() { return "/aws/lambda/" + functionName; }
            public String getLogStreamName() { return "local"; }
            public String getFunctionName() { return functionName; }
            public String getFunctionVersion() { return "$LATEST"; }
            public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-1:000000000000:function:" + functionName; }
            public CognitoIdentity getIdentity() { return null; }
            public ClientContext getClientContext() { return null; }
            public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }
            public int getMemoryLimitInMB() { return 1024; }
            public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    public void log(String message) { System.out.println(message); }
                    public void log(byte[] message) { System.out.println(new String(message, StandardCharsets.UTF_8)); }
                };
            }
        };
    }
}
