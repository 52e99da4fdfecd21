package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import org.xml.sax.InputSource;

/** Negative: the InputSource, and the stream it carries, go to the caller, who closes its byte stream. */
public class InputSourceReturnedToCaller {
  public static InputSource open(File file) throws IOException {
    InputSource source = new InputSource(new FileInputStream(file));
    source.setSystemId(file.toURI().toString());
    return source;
  }
}
