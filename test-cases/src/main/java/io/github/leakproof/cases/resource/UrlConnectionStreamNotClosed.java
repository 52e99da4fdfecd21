package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

/** Positive: the response stream of a URL connection is read and never closed, so the connection is not freed. */
public class UrlConnectionStreamNotClosed {
  public static String fetch(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setConnectTimeout(5_000);
    // BUG: Diagnostic contains: ResourceNotClosed
    InputStream body = connection.getInputStream();
    return new String(body.readAllBytes(), StandardCharsets.UTF_8);
  }
}
