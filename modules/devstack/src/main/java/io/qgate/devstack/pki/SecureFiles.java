package io.qgate.devstack.pki;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes files whole or not at all (a temporary file moved into place), private ones with mode 600
 * from the first byte on.
 */
final class SecureFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  private SecureFiles() {}

  /** Mode 600: private keys, key stores with a private key. */
  static void writePrivate(Path file, byte[] content) throws IOException {
    write(file, content, OWNER_ONLY);
  }

  /** Mode 644: certificates, trust stores. */
  static void writePublic(Path file, byte[] content) throws IOException {
    write(file, content, READABLE);
  }

  /** True if {@code file} exists and holds exactly {@code content}. */
  static boolean hasContent(Path file, byte[] content) throws IOException {
    return Files.isRegularFile(file)
        && Files.size(file) == content.length
        && Arrays.equals(Files.readAllBytes(file), content);
  }

  /** Creates {@code dir} (mode 700 if this call creates it); an existing one is left as it is. */
  static void createPrivateDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir.toAbsolutePath().getParent());
    try {
      if (POSIX) {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
      } else {
        Files.createDirectory(dir);
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
  }

  private static void write(Path file, byte[] content, Set<PosixFilePermission> permissions)
      throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    FileAttribute<?>[] attributes =
        POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
            : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", attributes);
    try {
      Files.write(temp, content);
      if (POSIX) {
        Files.setPosixFilePermissions(temp, permissions); // createTempFile obeys the umask
      }
      try {
        Files.move(temp, file, REPLACE_EXISTING, ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
