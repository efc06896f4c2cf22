package io.trustwatch.lakehouse;

import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Values for array and map columns of rows built in Java: Spark's row encoder only accepts Scala
 * collections there, and fails at run time on {@code java.util} ones.
 */
public final class ScalaColumns {

  private ScalaColumns() {}

  public static <T> scala.collection.immutable.Seq<T> array(List<T> values) {
    return CollectionConverters.asScala(values).toList();
  }

  public static <K, V> scala.collection.Map<K, V> map(Map<K, V> values) {
    return CollectionConverters.asScala(values);
  }
}
