package com.example.leaky;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Renders thumbnails in the background. */
public final class ThumbnailService {
  /** Leaks: nothing ever shuts this pool down, so its threads outlive the service. */
  private final ExecutorService renderers = Executors.newFixedThreadPool(2);

  public Future<byte[]> render(byte[] image) {
    return renderers.submit(() -> image.clone());
  }
}
