package nl.toegang.local;

/** One running platform per test JVM: the same runtime `./toegang run` starts, on free ports. */
final class RunningPlatform {
    private static LocalPlatform platform;

    private RunningPlatform() {}

    static synchronized LocalPlatform get() {
        if (platform == null) {
            platform = startOnceMore();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform;
    }

    /**
     * On a loaded machine the first deployment to a cold engine can outlast the request timeout;
     * the platform then starts again once, on fresh ports. A model the engine refuses fails twice.
     */
    private static LocalPlatform startOnceMore() {
        try {
            return LocalPlatform.start(LocalPlatform.Settings.random());
        } catch (RuntimeException first) {
            return LocalPlatform.start(LocalPlatform.Settings.random());
        }
    }
}
