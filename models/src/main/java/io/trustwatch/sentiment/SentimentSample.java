package io.trustwatch.sentiment;

import io.trustwatch.text.Token;
import java.util.List;

/**
 * One labelled post for training or evaluation, already tokenised for its language (tokenising once
 * lets every candidate model and every cross-validation fold share the work).
 */
public record SentimentSample(String text, List<Token> tokens, SentimentLabel label) {}
