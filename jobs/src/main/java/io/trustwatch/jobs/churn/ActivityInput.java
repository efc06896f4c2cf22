package io.trustwatch.jobs.churn;

import io.trustwatch.jobs.ingest.InputFormat;
import io.trustwatch.privacy.CustomerPseudonymiser;
import io.trustwatch.privacy.OptOutList;
import java.util.List;

/**
 * An activity table for the churn stage (orders, logins, visits keyed by customer id) and what it
 * needs to join posts: the pipeline's pseudonymiser and opt-out list.
 *
 * @param paths  files, folders or globs, read as ingest reads posts
 * @param format their format; {@link InputFormat#AUTO} decides by file extension
 */
public record ActivityInput(List<String> paths, InputFormat format, CustomerPseudonymiser pseudonyms, OptOutList optOut) {

  public ActivityInput {
    if (paths == null || paths.isEmpty()) {
      throw new IllegalArgumentException("an activity table needs at least one path");
    }
    paths = List.copyOf(paths);
  }
}
