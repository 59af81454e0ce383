package nl.toegang.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The model files as the build ships them on the classpath, where other modules load them from,
 * and the parts of them the tests look at: tasks, headers, form fields, letter placeholders.
 */
final class WorkflowFiles {

  static final String BPMN_DIR = "workflows/bpmn";
  static final String BPMN = BPMN_DIR + "/wmo-route.bpmn";
  static final String DMN_DIR = "workflows/dmn";
  static final String FORMS_DIR = "workflows/forms";
  static final String LETTERS_DIR = "workflows/letters";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  private WorkflowFiles() {}

  static List<String> bpmnResources() {
    return list(BPMN_DIR, ".bpmn");
  }

  static List<String> formResources() {
    return list(FORMS_DIR, ".form");
  }

  static List<String> letterResources() {
    return list(LETTERS_DIR, ".md");
  }

  static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  static String formIdOf(String resource) {
    String name = fileName(resource);
    return name.substring(0, name.length() - ".form".length());
  }

  static JsonNode form(String formId) {
    return json(FORMS_DIR + "/" + formId + ".form");
  }

  static JsonNode json(String resource) {
    try (InputStream in = open(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  static BpmnModelInstance bpmn() {
    return bpmn(BPMN);
  }

  static BpmnModelInstance bpmn(String resource) {
    try (InputStream in = open(resource)) {
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The {@code ${...}} placeholders of a letter. */
  static Set<String> placeholders(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The keys of a form's fields in form order, also those inside groups. */
  static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    allComponents(form).forEach(c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  /** Every component in form order, also those inside groups. */
  static List<JsonNode> allComponents(JsonNode formOrGroup) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : formOrGroup.path("components")) {
      all.add(c);
      all.addAll(allComponents(c));
    }
    return all;
  }

  static JsonNode component(JsonNode form, String key) {
    return allComponents(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no component " + key));
  }

  static List<String> optionValues(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  static <T extends BpmnModelElementInstance> T extension(BaseElement element, Class<T> type) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(type).list().stream().findFirst().orElse(null);
  }

  static Map<String, String> headers(BaseElement element) {
    Map<String, String> headers = new HashMap<>();
    if (element.getExtensionElements() == null) {
      return headers;
    }
    element.getExtensionElements().getElementsQuery().filterByType(ZeebeTaskHeaders.class).list()
        .forEach(h -> h.getHeaders().forEach((ZeebeHeader header) -> headers.put(header.getKey(), header.getValue())));
    return headers;
  }

  static String jobType(ServiceTask task) {
    return extension(task, ZeebeTaskDefinition.class).getType();
  }

  /** Task id to its one candidate group. */
  static Map<String, String> userTaskGroups(BpmnModelInstance model) {
    Map<String, String> groups = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      groups.put(task.getId(), extension(task, ZeebeAssignmentDefinition.class).getCandidateGroups());
    }
    return groups;
  }

  static List<String> serviceTaskTypes(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream().map(WorkflowFiles::jobType).toList();
  }

  static List<String> messages(BpmnModelInstance model) {
    return model.getModelElementsByType(Message.class).stream().map(Message::getName).toList();
  }

  /** The letter templates the model's service tasks send. */
  static List<String> letterTemplates(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> jobType(task).equals("toegang.letter"))
        .map(task -> headers(task).get("template"))
        .toList();
  }

  private static InputStream open(String resource) {
    InputStream in = WorkflowFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing on classpath: " + resource);
    }
    return in;
  }

  private static List<String> list(String dir, String suffix) {
    URL url = WorkflowFiles.class.getClassLoader().getResource(dir);
    if (url == null) {
      throw new IllegalStateException("missing on classpath: " + dir);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(suffix))
          .sorted()
          .map(name -> dir + "/" + name)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
