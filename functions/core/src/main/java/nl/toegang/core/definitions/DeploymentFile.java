package nl.toegang.core.definitions;

import java.nio.charset.StandardCharsets;

/** A file an administrator uploads: a BPMN model, a DMN table or a Camunda form. */
public record DeploymentFile(String name, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
