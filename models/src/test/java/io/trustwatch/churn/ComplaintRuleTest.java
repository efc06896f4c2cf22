package io.trustwatch.churn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintRuleTest {

  private final ComplaintRule rule = ComplaintRule.defaults();
  private final LocalDate day = LocalDate.of(2026, 11, 1);

  @Test
  void negativeThemedPostToTheCompanyIsAComplaint() {
    assertTrue(rule.isComplaint(post(-0.7, List.of("service_failure"), "support_ticket")));
    assertTrue(rule.isComplaint(post(-0.7, List.of("dishonesty"), "DM")));
  }

  @Test
  void eachConditionIsNecessary() {
    assertFalse(rule.isComplaint(post(0.1, List.of("service_failure"), "dm")), "not negative");
    assertFalse(rule.isComplaint(post(null, List.of("service_failure"), "dm")), "sentiment unknown");
    assertFalse(rule.isComplaint(post(-0.7, List.of(), "dm")), "no problem named");
    assertFalse(rule.isComplaint(post(-0.7, List.of("service_failure"), "review")), "public review");
    assertFalse(rule.isComplaint(post(-0.7, List.of("service_failure"), null)), "no channel");
  }

  private CustomerPost post(Double sentiment, List<String> themes, String channel) {
    return new CustomerPost(day, sentiment, themes, false, channel);
  }
}
