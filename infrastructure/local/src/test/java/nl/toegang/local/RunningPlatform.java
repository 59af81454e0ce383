package nl.toegang.local;

/** One running platform per test JVM: the same runtime `./toegang run` starts, on free ports. */
final class RunningPlatform {
    private static LocalPlatform platform;

    private RunningPlatform() {}

    static synchronized LocalPlatform get() {
        if (platform == null) {
            platform = LocalPlatform.start(LocalPlatform.Settings.random());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform;
    }
}
