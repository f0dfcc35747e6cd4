// Starts an embedded Neo4j 5 Community DBMS with its Bolt connector on 127.0.0.1:<port>.
// Run by scripts/neo4j/cli.ts as: java -cp '<lib>/*' Launcher.java <dataDir> <port> <pageCache>
// It prints "LACUNA_NEO4J_READY" once Bolt listens, and shuts the DBMS down cleanly on SIGTERM/SIGINT.
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: Launcher <dataDir> <port> [pageCacheMiB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 512;

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
              .build();
    } catch (Throwable e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      String msg = String.valueOf(root.getMessage());
      if (root.getClass().getSimpleName().contains("FileLock") || msg.contains("lock")) {
        System.err.println("LACUNA_NEO4J_ERROR data_locked " + home + ": " + msg);
      } else if (root instanceof java.net.BindException || msg.contains("Address already in use")) {
        System.err.println("LACUNA_NEO4J_ERROR port_taken " + port + ": " + msg);
      } else {
        System.err.println("LACUNA_NEO4J_ERROR start_failed " + root.getClass().getName() + ": " + msg);
      }
      e.printStackTrace();
      System.exit(1);
      return;
    }
    final DatabaseManagementService running = dbms;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("LACUNA_NEO4J_STOPPING");
                  running.shutdown();
                  System.out.println("LACUNA_NEO4J_STOPPED");
                }));
    // The database must be available before Bolt clients are told we are ready.
    running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("LACUNA_NEO4J_READY bolt://127.0.0.1:" + port);
    if (args.length > 3 && args[3].equals("--exit-with-parent")) {
      // The parent holds our stdin open; when it dies, however abruptly, stdin closes and we stop too.
      Thread watcher =
          new Thread(
              () -> {
                try {
                  while (System.in.read() != -1) {}
                } catch (java.io.IOException ignored) {
                }
                System.exit(0);
              });
      watcher.setDaemon(true);
      watcher.start();
    }
  }
}
