package cn.gonghui.bpm.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * The local state under {@code gonghui.data-dir} (the embedded H2 database with every case and record,
 * the generated administrator password) is readable by the account that runs the service only: the
 * directory is created (or tightened) to {@code rwx------} before the database opens, and every file in it
 * to {@code rw-------} once start-up has created them. On file systems without POSIX permissions nothing
 * is changed.
 */
public final class DataDirectory implements EnvironmentPostProcessor {

  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String dir = environment.getProperty("gonghui.data-dir");
    if (dir != null && !dir.isBlank()) {
      protect(Path.of(dir), false);
    }
  }

  /** Creates the directory if needed and restricts it (and, with {@code files}, everything in it) to its owner. */
  static void protect(Path dir, boolean files) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, DIRECTORY);
      if (files) {
        try (Stream<Path> content = Files.walk(dir)) {
          for (Path path : content.toList()) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
          }
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // e.g. Windows: the operator protects the folder
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot protect the data directory " + dir, e);
    }
  }

  /** After start-up: the files the database created. */
  @Component
  @Order(5)
  static class Files600 implements StartupStep {

    private final String dir;

    Files600(org.springframework.core.env.Environment environment) {
      this.dir = environment.getProperty("gonghui.data-dir");
    }

    @Override
    public void run() {
      if (dir != null && !dir.isBlank()) {
        protect(Path.of(dir), true);
      }
    }
  }
}
