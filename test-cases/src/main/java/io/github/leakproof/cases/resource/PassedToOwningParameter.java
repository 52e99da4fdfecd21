package io.github.leakproof.cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.mustcall.qual.Owning;

/** Negative: the stream goes to an @Owning parameter; the uploader closes it when the upload ends. */
public class PassedToOwningParameter {
  /** Uploads in the background and closes the content stream when done. */
  interface Uploader {
    void upload(String key, @Owning InputStream content);
  }

  private final Uploader uploader;

  public PassedToOwningParameter(Uploader uploader) {
    this.uploader = uploader;
  }

  public void backUp(Path file) throws IOException {
    InputStream content = Files.newInputStream(file);
    uploader.upload(file.getFileName().toString(), content);
  }
}
