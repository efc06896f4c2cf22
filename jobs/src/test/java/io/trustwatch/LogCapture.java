package io.trustwatch;

import java.util.List;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** What reaches the log while a piece of code runs, under the shipped log settings. */
public final class LogCapture {

  private LogCapture() {}

  /**
   * Runs {@code body} with every event at {@code level} or above that reaches the root logger's appenders
   * (so after each logger's own level) added to {@code into}.
   */
  public static <T> T whileCapturing(Level level, List<LogEvent> into, Supplier<T> body) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        into.add(event.toImmutable());
      }
    };
    capture.start();
    LoggerConfig root = context.getConfiguration().getRootLogger();
    root.addAppender(capture, level, null);
    context.updateLoggers();
    try {
      return body.get();
    } finally {
      root.removeAppender("capture");
      context.updateLoggers();
      capture.stop();
    }
  }

  /** Each event as "logger: message". */
  public static List<String> described(List<LogEvent> events) {
    return events.stream().map(e -> e.getLoggerName() + ": " + e.getMessage().getFormattedMessage()).toList();
  }
}
