package nl.toegang.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model files as the build ships them on the classpath, where other modules load them from. */
final class WorkflowFiles {

  static final String BPMN = "workflows/bpmn/wmo-route.bpmn";
  static final String DMN_DIR = "workflows/dmn";
  static final String FORMS_DIR = "workflows/forms";
  static final String LETTERS_DIR = "workflows/letters";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WorkflowFiles() {}

  static List<String> formResources() {
    return list(FORMS_DIR, ".form");
  }

  static List<String> letterResources() {
    return list(LETTERS_DIR, ".txt");
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
    try (InputStream in = open(BPMN)) {
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
