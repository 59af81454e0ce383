package nl.toegang.core.tasks;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.toegang.core.definitions.DefinitionRepository;

/** The names the administrator gave to the elements of a deployed model; a job only carries the element id. */
@Singleton
public class ProcessModelNames {

    private final DefinitionRepository definitions;
    private final Map<String, Map<String, String>> namesByDefinition = new ConcurrentHashMap<>();

    public ProcessModelNames(DefinitionRepository definitions) {
        this.definitions = definitions;
    }

    public String nameOf(long processDefinitionKey, String elementId) {
        Map<String, String> names = namesByDefinition.computeIfAbsent(Long.toString(processDefinitionKey), this::read);
        String name = names.get(elementId);
        return name == null || name.isBlank() ? elementId : name;
    }

    private Map<String, String> read(String definitionKey) {
        Map<String, String> names = new HashMap<>();
        definitions.findByKey(definitionKey).ifPresent(d -> Bpmn
                .readModelFromStream(new ByteArrayInputStream(d.content().getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(FlowElement.class)
                .forEach(e -> names.put(e.getId(), e.getName())));
        return names;
    }
}
