package nl.toegang.localservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The kernel's table of listening TCP sockets, read without sending any traffic. */
final class ListeningSockets {

    private static final Set<String> LOOPBACK = Set.of("0100007F", "0000000000000000FFFF00000100007F",
            "00000000000000000000000001000000");

    private ListeningSockets() {}

    /** True if something listens on the port, and only on 127.0.0.1 or ::1, never on 0.0.0.0 or ::. */
    static boolean onlyOnLoopback(int port) throws IOException {
        String portHex = String.format(":%04X", port);
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Files.readAllLines(Path.of(table)).stream()
                    .skip(1)
                    .map(line -> line.trim().split("\\s+"))
                    .filter(cols -> cols[1].endsWith(portHex) && cols[3].equals("0A"))
                    .forEach(cols -> listening.add(cols[1].substring(0, cols[1].indexOf(':'))));
        }
        return !listening.isEmpty() && LOOPBACK.containsAll(listening);
    }
}
