package app;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Properties;

/** Leaks: the stream is closed only when load() returns normally. */
public class Settings {
  public Properties read(String file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    Properties settings = new Properties();
    settings.load(in);
    in.close();
    return settings;
  }
}
