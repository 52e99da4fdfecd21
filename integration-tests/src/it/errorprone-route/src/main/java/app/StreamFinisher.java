package app;

import java.io.IOException;
import java.io.InputStream;

/** The project's close helper, implemented elsewhere: only the option tells Leakproof that it closes. */
public interface StreamFinisher {
  void finish(InputStream in) throws IOException;
}
