package io.trustwatch.notebook;

/** Runs one SQL statement; the Spark implementation is {@link SparkSqlRunner}, tests use a fake. */
public interface SqlRunner {

  /**
   * @param maxRows at most this many rows are returned; {@link QueryResult#truncated()} says whether there were more
   * @throws Exception whatever the engine throws for a bad statement; the executor turns it into an error output
   */
  QueryResult run(String sql, int maxRows) throws Exception;
}
