package io.trustwatch.jobs.churn;

import io.trustwatch.churn.CustomerSignals;
import java.io.Serializable;

/**
 * One customer's churn signals at an as-of date with what the gold row shows beside them.
 *
 * @param customerKey the pseudonymised customer
 * @param signals     what the scorer reads
 * @param lang        the language of most of the customer's posts (ties: alphabetically first); null if none is known
 * @param brand       the brand most of the customer's posts name, likewise
 */
public record CustomerSnapshot(String customerKey, CustomerSignals signals, String lang, String brand)
    implements Serializable {}
