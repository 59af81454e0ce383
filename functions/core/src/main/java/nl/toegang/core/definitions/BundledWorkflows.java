package nl.toegang.core.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The models, tables and forms shipped in the workflows module (workflows/bpmn, dmn, forms). The
 * local runtime deploys them at start through {@link DeploymentService}, the same checked path an
 * administrator's upload takes.
 */
public final class BundledWorkflows {

    private static final List<String> FOLDERS = List.of("workflows/forms", "workflows/dmn", "workflows/bpmn");

    private BundledWorkflows() {}

    public static List<DeploymentFile> load() {
        List<DeploymentFile> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (String name : list(folder)) {
                files.add(new DeploymentFile(name, read(folder + "/" + name)));
            }
        }
        return files;
    }

    private static List<String> list(String folder) {
        URL url = BundledWorkflows.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                try (JarFile jar = connection.getJarFile()) {
                    return Collections.list(jar.entries()).stream()
                            .map(JarEntry::getName)
                            .filter(n -> n.startsWith(folder + "/") && !n.endsWith("/"))
                            .map(n -> n.substring(folder.length() + 1))
                            .filter(n -> !n.contains("/"))
                            .sorted()
                            .toList();
                }
            }
            try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
                return paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledWorkflows.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
