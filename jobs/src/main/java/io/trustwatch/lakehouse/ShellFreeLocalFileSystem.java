package io.trustwatch.lakehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:} paths) without the shell commands it runs where Hadoop's native
 * library is missing, as it is in every Trustwatch install: Hadoop starts a {@code chmod} process for each file
 * it creates and a {@code readlink} process each time Delta or Spark renames a file into place. A Delta commit
 * made about 20 of them, an incremental run about 190, each a few milliseconds of fork and exec on the driver
 * ({@code docs/performance.md}, "Processes Hadoop started"). Java's own file API answers both questions; the
 * rare cases it cannot (a sticky bit, a symbolic link) go to Hadoop's code as before.
 *
 * <p>Registered by {@link SparkSessions} for the {@link org.apache.hadoop.fs.FileSystem} API; {@link
 * ShellFreeLocalFs} is the same for Hadoop's {@code FileContext} API, which Delta's log store uses.
 */
public final class ShellFreeLocalFileSystem extends LocalFileSystem {

  public ShellFreeLocalFileSystem() {
    super(new Raw());
  }

  /** The unchecksummed file system underneath, also the one {@link ShellFreeLocalFs} delegates to. */
  public static final class Raw extends RawLocalFileSystem {

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(p, permission);
      }
    }

    /** Hadoop's answer runs {@code readlink} first; only a symbolic link needs what it adds to the file's status. */
    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
      if (Files.isSymbolicLink(pathToFile(f).toPath())) return super.getFileLinkStatus(f);
      return getFileStatus(f);
    }

    private static Set<PosixFilePermission> posix(FsPermission permission) {
      Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
      add(out, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);
      add(out, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE);
      add(out, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
      return out;
    }

    private static void add(Set<PosixFilePermission> out, FsAction action, PosixFilePermission read,
        PosixFilePermission write, PosixFilePermission execute) {
      if (action.implies(FsAction.READ)) out.add(read);
      if (action.implies(FsAction.WRITE)) out.add(write);
      if (action.implies(FsAction.EXECUTE)) out.add(execute);
    }
  }
}
