package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

/**
 * Positive (Apache Ivy's settings): the properties stream is opened into a local declared before the
 * try and closed only in the catch, when loading fails; when loading succeeds, nothing closes it.
 */
public class PropertiesStreamClosedOnlyInCatch {
  public Properties load(URL settings) {
    Properties properties = new Properties();
    InputStream in = null;
    try {
      // BUG: Diagnostic contains: ResourceNotClosed
      in = settings.openStream();
      properties.load(in);
    } catch (IOException e) {
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
    return properties;
  }
}
