package io.github.leakproof.cases.resource;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Negative: a PrintWriter over a StringWriter wraps nothing that needs closing. */
public class PrintWriterOverStringWriter {
  public static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    PrintWriter printer = new PrintWriter(text);
    failure.printStackTrace(printer);
    printer.flush();
    return text.toString();
  }
}
