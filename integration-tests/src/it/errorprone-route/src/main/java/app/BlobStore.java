package app;

import java.io.IOException;
import java.io.InputStream;

/** A remote blob store; fetch() opens a download the caller must close. */
public interface BlobStore {
  InputStream fetch(String key) throws IOException;
}
