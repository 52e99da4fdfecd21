// OPTIONS: Leakproof:ResourceFactories=io.github.leakproof.cases.resource.UserResourceFactoryOption$BlobStore#fetch
package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;

/** Positive (with the option naming BlobStore#fetch a factory): the fetched blob stream is never closed. */
public class UserResourceFactoryOption {
  /** A remote blob store; fetch() opens a download the caller must close. */
  interface BlobStore {
    InputStream fetch(String key) throws IOException;
  }

  private final BlobStore store;

  public UserResourceFactoryOption(BlobStore store) {
    this.store = store;
  }

  public byte[] download(String key) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream blob = store.fetch(key);
    return blob.readAllBytes();
  }
}
