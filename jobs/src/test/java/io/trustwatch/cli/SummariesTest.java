package io.trustwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustwatch.jobs.enrich.EnrichJob;
import io.trustwatch.jobs.ingest.IngestJob;
import io.trustwatch.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummariesTest {

  @Test
  void aPipelineSummaryEndsWithTheSecondsEachStageTookInStageOrder() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("ingest", 3.24);
    seconds.put("enrich", 4.8);
    seconds.put("trends", 7.56);
    Pipeline.Result result = new Pipeline.Result("run-1",
        new IngestJob.IngestSummary("run-1", List.of("posts.jsonl"), 0, 0, 0, 0, Map.of()),
        new EnrichJob.EnrichSummary(0, Map.of(), 0, false), Map.of(), null, null, seconds);
    StringWriter text = new StringWriter();
    Summaries.printPipeline(new PrintWriter(text, true), result);
    List<String> lines = text.toString().lines().toList();
    assertEquals("run run-1: ingest 3.2 s, enrich 4.8 s, trends 7.6 s", lines.get(lines.size() - 1));
  }

  @Test
  void anIngestSaysHowManyFilesItSkippedAsReadBefore() {
    StringWriter text = new StringWriter();
    Summaries.printIngest(new PrintWriter(text, true),
        new IngestJob.IngestSummary("run-2", List.of("week-47.jsonl"), 2, 10, 9, 1, Map.of()));
    assertEquals("ingest run-2: 10 records read from 1 file(s): 9 inserted, 1 updated, 0 quarantined; "
        + "2 file(s) skipped, read before at the same size and modification time", text.toString().strip());
  }

  @Test
  void anIngestThatSkippedEveryFileSaysSo() {
    StringWriter text = new StringWriter();
    Summaries.printIngest(new PrintWriter(text, true), new IngestJob.IngestSummary("run-3", List.of(), 3, 0, 0, 0, Map.of()));
    assertEquals("ingest run-3: no new or changed files (3 skipped, read before at the same size and modification time); "
        + "nothing written", text.toString().strip());
  }
}
