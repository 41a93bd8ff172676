package io.qgate.devstack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An OS file lock held while {@code up} runs. The pid file alone cannot stop two launchers started
 * at the same moment; the lock can, and the kernel releases it even if the launcher is killed.
 */
final class LauncherLock {

  private LauncherLock() {}

  /** The lock, or empty if another launcher holds it. Keep a reference for as long as it runs. */
  static Optional<FileLock> tryAcquire(Path lockFile) {
    try {
      Files.createDirectories(lockFile.getParent());
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this JVM already (tests run commands in-process)
      }
      if (lock == null) {
        channel.close();
      }
      return Optional.ofNullable(lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + lockFile, e);
    }
  }
}
