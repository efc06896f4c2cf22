package io.trustwatch.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptOutListTest {

  private static OptOutList fixture() throws Exception {
    return OptOutList.load(Path.of(OptOutListTest.class.getResource("/OptOutListTest/opt-out.txt").toURI()));
  }

  @Test
  void loadsTrimmedIdsAndSkipsCommentsBlankLinesAndDuplicates() throws Exception {
    assertEquals(List.of("A#7", "C-1001", "C-1002", "C-1003", "أحمد-42"), List.copyOf(fixture().customerIds()));
    assertEquals(5, fixture().size());
  }

  @Test
  void answersContainsOnTrimmedIds() throws Exception {
    OptOutList list = fixture();
    assertTrue(list.contains("C-1002"));
    assertTrue(list.contains(" C-1003 "));
    assertTrue(list.contains("A#7"));
    assertFalse(list.contains("C-9999"), "commented-out id");
    assertFalse(list.contains("A"), "part of an id with a #");
    assertFalse(list.contains(null));
    assertFalse(list.contains("  "));
  }

  @Test
  void theSetIsReadOnly() throws Exception {
    Set<String> ids = fixture().customerIds();
    assertThrows(UnsupportedOperationException.class, () -> ids.add("C-2000"));
  }

  @Test
  void pseudonymsMatchThePseudonymiser() throws Exception {
    CustomerPseudonymiser pseudonymiser = CustomerPseudonymiser.demo();
    Set<String> pseudonyms = fixture().pseudonyms(pseudonymiser);
    assertEquals(5, pseudonyms.size());
    assertTrue(pseudonyms.contains(pseudonymiser.pseudonymise("C-1001")));
    assertFalse(pseudonyms.contains("C-1001"));
  }

  @Test
  void emptyListContainsNobody() {
    assertEquals(0, OptOutList.empty().size());
    assertFalse(OptOutList.empty().contains("C-1001"));
    assertEquals(0, OptOutList.parse(List.of("# only a comment", "")).size());
  }

  @Test
  void survivesSerialisationForBroadcast() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(fixture());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      OptOutList copy = (OptOutList) in.readObject();
      assertEquals(fixture().customerIds(), copy.customerIds());
    }
  }

  @Test
  void toStringDoesNotListCustomers() throws Exception {
    assertFalse(fixture().toString().contains("C-1001"));
  }
}
