package io.trustwatch;

import io.trustwatch.lakehouse.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession per test JVM: starting Spark and Delta costs seconds, so ITs share it. */
public final class SparkTestSession {

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    return SparkSessions.getOrCreate("local[2]", 2);
  }
}
