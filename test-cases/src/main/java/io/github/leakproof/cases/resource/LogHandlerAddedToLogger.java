package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Negative: the file handler is handed to the logger, which keeps it (LogManager closes handlers at shutdown). */
public class LogHandlerAddedToLogger {
  public static Logger auditLogger(String pattern) throws IOException {
    Logger logger = Logger.getLogger("audit");
    FileHandler handler = new FileHandler(pattern, true);
    handler.setFormatter(new SimpleFormatter());
    logger.addHandler(handler);
    return logger;
  }
}
