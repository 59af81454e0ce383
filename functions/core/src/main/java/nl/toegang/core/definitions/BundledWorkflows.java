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
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The models, tables, forms and letters shipped in the workflows module (workflows/bpmn, dmn, forms,
 * letters). The
 * local runtime deploys them at start through {@link DeploymentService}, the same checked path an
 * administrator's upload takes.
 */
public final class BundledWorkflows {

    private static final List<String> FOLDERS =
            List.of("workflows/forms", "workflows/dmn", "workflows/bpmn", "workflows/letters");

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

    /** The file names in the folder across the classpath: a test's own resources must not hide the shipped files. */
    private static List<String> list(String folder) {
        Set<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(BundledWorkflows.class.getClassLoader().getResources(folder))) {
                names.addAll(list(folder, url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    private static List<String> list(String folder, URL url) {
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
