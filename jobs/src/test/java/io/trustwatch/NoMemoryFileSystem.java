package io.trustwatch;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * A Hadoop file system whose every glob throws the Error of a JVM out of memory. Inputs are listed on
 * the driver, so a path in it makes the stage that lists it fail as a driver out of memory does.
 */
public final class NoMemoryFileSystem extends RawLocalFileSystem {

  private static final String SCHEME = "no-memory";

  /** Registers the file system with the session; returns a path in it. */
  public static String install(SparkSession spark, String name) {
    spark.sparkContext().hadoopConfiguration().set("fs." + SCHEME + ".impl", NoMemoryFileSystem.class.getName());
    return SCHEME + ":///" + name;
  }

  @Override
  public FileStatus[] globStatus(Path pattern) {
    throw new OutOfMemoryError("GC overhead limit exceeded");
  }
}
