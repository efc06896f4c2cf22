package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class SqlCommandTest {

  @Test
  void nestedValuesPrintAsPeopleWriteThem() {
    Object themes = CollectionConverters.asScala(List.of(
        RowFactory.create("data_breach", 0.9), RowFactory.create("dishonesty", 0.5))).toSeq();
    assertEquals("[{data_breach, 0.9}, {dishonesty, 0.5}]", SqlCommand.cell(themes));
    assertEquals("{empty_text=2}", SqlCommand.cell(CollectionConverters.asScala(Map.of("empty_text", 2))));
    assertEquals("[]", SqlCommand.cell(CollectionConverters.asScala(List.of()).toSeq()));
    assertEquals("42", SqlCommand.cell(42));
  }
}
