package io.trustwatch.sentiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Doccat feature generator: char 3-4-grams inside each word, so unseen inflections still share
 * evidence. Public with a no-argument constructor because OpenNLP re-creates it by class name.
 */
public final class DoccatCharNGrams implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> out = new ArrayList<>();
    for (String w : text) {
      String padded = " " + w + " ";
      for (int n = 3; n <= 4; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          out.add("c=" + padded.substring(i, i + n));
        }
      }
    }
    return out;
  }
}
