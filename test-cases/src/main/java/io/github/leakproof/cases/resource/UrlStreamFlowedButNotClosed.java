package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

/** Positive: the proxied page's stream is copied to the response but never closed. */
public class UrlStreamFlowedButNotClosed {
  public static void proxy(URL page, OutputStream response) throws IOException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream in = page.openStream();
    in.transferTo(response);
  }
}
