package org.stancegraph.testneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.kernel.internal.Version;

/**
 * A throwaway Neo4j Community for the test suite: in process (neo4j-harness), on free loopback
 * ports, its files in a temporary folder removed on exit.
 *
 * <p>When ready it prints, on stdout, {@code NEO4J <version>}, then {@code HTTP
 * http://127.0.0.1:PORT} if the HTTP connector is on, and last {@code BOLT
 * bolt://127.0.0.1:PORT}; the BOLT line means "ready". It stops, and deletes its folder, when
 * stdin reaches end of file or on SIGTERM/SIGINT. A failure to start ends with one
 * {@code ERROR ...} line on stderr (after the stack trace) and exit status 1.
 *
 * <pre>
 * Options:
 *   --http                turn on the HTTP connector; Neo4j Browser is served at /browser/
 *   --password PASSWORD   password of the user neo4j (default stancegraph-test)
 *   --no-auth             turn authentication off
 *   --copy-from HOME      start from a copy of the Neo4j home HOME (e.g. after an import)
 *   --pagecache MB        page cache size in MiB (default 256)
 * </pre>
 */
public final class TestNeo4j {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 3;

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final PrintStream out;
    private Path folder;
    private volatile Neo4j neo4j;

    private TestNeo4j(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // Neo4j logs to files in its folder; stdout carries only the lines the fixture reads.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException error) {
            System.err.println("ERROR " + error.getMessage());
            System.exit(2);
            return;
        }
        TestNeo4j launcher = new TestNeo4j(out);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stop-neo4j"));
        try {
            launcher.start(options);
        } catch (Throwable error) {
            // The stack trace first: the ERROR line is then the last thing a reader sees.
            error.printStackTrace();
            System.err.println("ERROR Neo4j did not start: " + describe(error));
            System.exit(1);
            return;
        }
        launcher.stopOnEndOfInput(System.in);
    }

    private void start(Options options) throws IOException {
        folder = Files.createTempDirectory("stancegraph-neo4j-");
        RuntimeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                neo4j = build(options);
                break;
            } catch (RuntimeException error) {
                // A free port picked below can be taken by someone else before Neo4j binds it.
                if (!causedByBind(error)) {
                    throw error;
                }
                last = error;
            }
        }
        if (neo4j == null) {
            throw last;
        }
        if (options.password != null) {
            neo4j.databaseManagementService()
                    .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", options.password));
        }
        out.println("NEO4J " + Version.getNeo4jVersion());
        if (options.http) {
            out.println("HTTP http://" + LOOPBACK + ":" + neo4j.httpURI().getPort());
        }
        out.println("BOLT bolt://" + LOOPBACK + ":" + neo4j.boltURI().getPort());
    }

    private Neo4j build(Options options) throws IOException {
        // Listen and advertised addresses are the same real port, so that the routing table
        // (neo4j:// URIs) and the Browser's discovery document point where Neo4j listens.
        int boltPort = freePort();
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(folder)
                .withConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
                .withConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheMegabytes * 1024L * 1024L)
                .withConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                // Netty's graceful shutdown waits a 2 s quiet period per event loop group
                // (about 11 s in all); a throwaway database has nothing to wait for.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort));
        if (options.http) {
            int httpPort = freePort();
            builder = builder.withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, httpPort))
                    .withConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, httpPort));
        } else {
            builder = builder.withDisabledServer();
        }
        if (options.copyFrom != null) {
            builder = builder.copyFrom(options.copyFrom);
        }
        return builder.build();
    }

    private void stopOnEndOfInput(InputStream in) {
        try {
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // Anything written to stdin is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken stdin means the parent is gone: stop just the same.
        }
        System.exit(0);
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Neo4j running = neo4j;
        if (running != null) {
            try {
                running.close();
            } catch (RuntimeException error) {
                System.err.println("ERROR stopping Neo4j: " + describe(error));
            }
        }
        if (folder != null) {
            deleteRecursively(folder);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean causedByBind(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (root != error) {
            message += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.replace('\n', ' ');
    }

    private static void deleteRecursively(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException error) {
            System.err.println("ERROR could not remove " + path + ": " + error.getMessage());
        }
    }

    private static final class Options {
        boolean http;
        String password = "stancegraph-test";
        Path copyFrom;
        long pagecacheMegabytes = 256;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--http" -> options.http = true;
                    case "--no-auth" -> options.password = null;
                    case "--password" -> options.password = value(args, ++i, "--password");
                    case "--copy-from" -> options.copyFrom = Path.of(value(args, ++i, "--copy-from"));
                    case "--pagecache" -> options.pagecacheMegabytes =
                            Long.parseLong(value(args, ++i, "--pagecache"));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; known: --http --password PASSWORD --no-auth --copy-from HOME"
                            + " --pagecache MB");
                }
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
