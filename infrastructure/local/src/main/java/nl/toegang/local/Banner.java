package nl.toegang.local;

import nl.toegang.localidp.Persona;

/** What the local runtime prints once it runs: where to go, who to be, how to look inside. */
final class Banner {
    private Banner() {}

    static String text(LocalPlatform platform, LocalPlatform.Settings settings) {
        var services = platform.services();
        StringBuilder b = new StringBuilder("\n");
        b.append("Toegang runs at ").append(platform.url()).append("\n\n");
        b.append("Log in as one of these personas (click 'Inloggen'):\n");
        for (Persona p : platform.personas()) {
            b.append(String.format("  %-8s %-20s roles=%s groups=%s%n", p.id(), p.name(), p.roles(), p.groups()));
        }
        b.append("\nA token for curl:\n");
        b.append("  curl -s -d grant_type=urn:toegang:persona -d persona=jan -u toegang:local-secret ")
                .append(services.identityProvider().issuer()).append("/token\n");
        b.append("\nInside:\n");
        b.append("  DynamoDB   ").append(services.dynamoEndpoint())
                .append("   (aws dynamodb list-tables --endpoint-url ").append(services.dynamoEndpoint()).append(")\n");
        b.append("  S3         ").append(services.s3Endpoint())
                .append("   (documents; aws s3 ls s3://toegang-documents --endpoint-url ").append(services.s3Endpoint()).append(")\n");
        b.append("  Zeebe gRPC ").append(services.zeebe().grpcAddress()).append("\n");
        b.append("  OIDC       ").append(services.identityProvider().issuer()).append("\n");
        b.append("  OpenAPI    ").append(platform.url()).append("/openapi/toegang-resident-api-0.1.yml (and -caseworker-, -admin-)\n");
        b.append("\nEverything is kept in memory: stopping the platform (Ctrl+C) forgets every case.\n");
        return b.toString();
    }
}
