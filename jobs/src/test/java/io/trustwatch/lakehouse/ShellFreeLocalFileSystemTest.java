package io.trustwatch.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.AbstractFileSystem;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellFreeLocalFileSystemTest {

  private static Configuration conf;

  @BeforeAll
  static void configure() {
    conf = new Configuration(false);
    conf.set("fs.file.impl", ShellFreeLocalFileSystem.class.getName());
    conf.set("fs.AbstractFileSystem.file.impl", ShellFreeLocalFs.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
  }

  @Test
  void permissionsAreSetAsHadoopWouldSetThem(@TempDir Path tmp) throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
    assertTrue(fs instanceof ShellFreeLocalFileSystem, fs.getClass().getName());
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(tmp.resolve("part-0.parquet").toUri());
    try (OutputStream out = fs.create(file, new FsPermission((short) 0640), false, 4096, (short) 1, 1 << 20, null)) {
      out.write(1);
    }
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("part-0.parquet"))));
    fs.setPermission(file, new FsPermission((short) 0751));
    assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("part-0.parquet"))));
    assertEquals(new FsPermission((short) 0751), fs.getFileStatus(file).getPermission());
  }

  @Test
  void aStickyBitStillReachesTheFile(@TempDir Path tmp) throws Exception {
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(tmp.resolve("shared").toUri());
    fs.mkdirs(dir);
    fs.setPermission(dir, new FsPermission((short) 01777));
    assertTrue(fs.getFileStatus(dir).getPermission().getStickyBit());
  }

  /** The answers Hadoop's own local file system gives, with no process started for a plain file. */
  @Test
  void aFileAndASymbolicLinkHaveTheLinkStatusHadoopGivesThem(@TempDir Path tmp) throws Exception {
    Path target = Files.writeString(tmp.resolve("00000000000000000003.json"), "{}", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(tmp.resolve("latest.json"), target);
    FileSystem shellFree = FileSystem.get(URI.create("file:///"), conf);
    RawLocalFileSystem hadoops = new RawLocalFileSystem();
    hadoops.initialize(URI.create("file:///"), new Configuration(false));

    for (Path p : List.of(target, link)) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p.toUri());
      FileStatus expected = hadoops.getFileLinkStatus(path);
      FileStatus actual = shellFree.getFileLinkStatus(path);
      assertEquals(List.of(expected.getPath(), expected.getLen(), expected.isSymlink(), expected.isFile()),
          List.of(actual.getPath(), actual.getLen(), actual.isSymlink(), actual.isFile()), p.toString());
    }
    assertEquals(2, shellFree.getFileLinkStatus(new org.apache.hadoop.fs.Path(target.toUri())).getLen());
    assertThrows(FileNotFoundException.class,
        () -> shellFree.getFileLinkStatus(new org.apache.hadoop.fs.Path(tmp.resolve("missing.json").toUri())));
  }

  /** How Delta puts a commit file in place: written aside, then renamed without overwriting. */
  @Test
  void fileContextRenamesIntoPlaceAndRefusesToOverwrite(@TempDir Path tmp) throws Exception {
    FileContext fc = FileContext.getFileContext(URI.create("file:///"), conf);
    assertTrue(AbstractFileSystem.get(URI.create("file:///"), conf) instanceof ShellFreeLocalFs);
    org.apache.hadoop.fs.Path temp = new org.apache.hadoop.fs.Path(tmp.resolve(".00001.json.tmp").toUri());
    org.apache.hadoop.fs.Path commit = new org.apache.hadoop.fs.Path(tmp.resolve("00001.json").toUri());
    for (int attempt = 0; attempt < 2; attempt++) {
      try (OutputStream out = fc.create(temp, EnumSet.of(CreateFlag.CREATE, CreateFlag.OVERWRITE))) {
        out.write(("{\"attempt\":" + attempt + "}").getBytes(StandardCharsets.UTF_8));
      }
      if (attempt == 0) {
        fc.rename(temp, commit, Options.Rename.NONE);
      } else {
        assertThrows(org.apache.hadoop.fs.FileAlreadyExistsException.class,
            () -> fc.rename(temp, commit, Options.Rename.NONE));
      }
    }
    assertEquals("{\"attempt\":0}", Files.readString(tmp.resolve("00001.json")));
    assertTrue(Files.exists(tmp.resolve(".00001.json.crc")), "checksummed as Hadoop's LocalFs does");
  }
}
