package io.trustwatch.lakehouse;

import java.util.Iterator;
import java.util.function.Function;

/** Helpers for {@code mapPartitions} functions. */
public final class Partitions {

  private Partitions() {}

  /** Maps a partition row by row as it is consumed, so a partition is streamed, never held in memory whole. */
  public static <A, B> Iterator<B> mapLazily(Iterator<A> rows, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public B next() {
        return f.apply(rows.next());
      }
    };
  }
}
