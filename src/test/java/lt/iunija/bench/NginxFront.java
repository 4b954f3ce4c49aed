package lt.iunija.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lt.iunija.it.PortalProcess;

/**
 * Debian's nginx in front of the portal, as the README's runbook puts it ("Behind a reverse proxy"), with the
 * upstream connections kept alive: the browsers' connections end at nginx, and the portal serves them over a
 * small pool of its own. Chosen with {@code -Dbench.front=nginx}; started in a folder of its own, on a free port,
 * and stopped by its own process.
 */
final class NginxFront implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final URI base;

    private NginxFront(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static boolean wanted() {
        return "nginx".equals(System.getProperty("bench.front", "none"));
    }

    /** nginx on a free port of 127.0.0.1, passing everything to {@code portal}; ready when it answers. */
    static NginxFront start(Path work, URI portal) throws IOException, InterruptedException {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("-Dbench.front=nginx needs Debian's nginx: apt-get install nginx-light");
        }
        Files.createDirectories(work.resolve("temp"));
        int port = PortalProcess.freePort();
        Path config = work.resolve("nginx.conf");
        Files.write(
                config,
                List.of(
                        "daemon off;",
                        // One process that is ours to stop; one worker is what a 2-core host gives it anyway.
                        "master_process off;",
                        "pid " + work.resolve("nginx.pid") + ";",
                        "error_log " + work.resolve("error.log") + " warn;",
                        // Up to this machine's limit of open files per process: a browser's connection is one.
                        "worker_rlimit_nofile 20000;",
                        "events { worker_connections 19000; }",
                        "http {",
                        "  access_log off;",
                        "  client_body_temp_path " + work.resolve("temp") + ";",
                        "  proxy_temp_path " + work.resolve("temp") + ";",
                        "  fastcgi_temp_path " + work.resolve("temp") + ";",
                        "  uwsgi_temp_path " + work.resolve("temp") + ";",
                        "  scgi_temp_path " + work.resolve("temp") + ";",
                        "  upstream iunija {",
                        "    server " + portal.getHost() + ":" + portal.getPort() + ";",
                        "    keepalive 64;",
                        "  }",
                        "  server {",
                        "    listen 127.0.0.1:" + port + ";",
                        "    location / {",
                        "      proxy_pass http://iunija;",
                        "      proxy_http_version 1.1;",
                        "      proxy_set_header Connection \"\";",
                        "      proxy_set_header Host $http_host;",
                        "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                        "      proxy_set_header X-Forwarded-Proto $scheme;",
                        "      proxy_read_timeout 60s;",
                        "    }",
                        "  }",
                        "}"));
        Process process = new ProcessBuilder(
                        NGINX.toString(), "-p", work.toString(), "-c", config.toString(), "-e", "stderr")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.log").toFile())
                .start();
        URI base = URI.create("http://localhost:" + port + "/");
        for (int i = 0; i < 100 && process.isAlive(); i++) {
            try {
                new Socket("127.0.0.1", port).close();
                System.out.println("nginx pid " + process.pid() + " in front at " + base);
                return new NginxFront(process, base);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not start: " + Files.readString(work.resolve("nginx.log")));
    }

    URI base() {
        return base;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
