package io.trustwatch.churn;

/**
 * One customer drawn by {@link BgNbdSimulator}, with the ground truth a real data set never shows.
 *
 * @param history        what is observed in the calibration period
 * @param aliveAtEnd     whether the customer is still active at the end of the calibration period
 * @param holdoutEvents  events in the hold-out period that follows the calibration period
 */
public record SimulatedCustomer(CustomerHistory history, boolean aliveAtEnd, int holdoutEvents) {}
