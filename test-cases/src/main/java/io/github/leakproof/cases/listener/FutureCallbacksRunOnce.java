package io.github.leakproof.cases.listener;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;

/**
 * Negative (found in Guava): listeners and callbacks on a future run once, when it completes, and the
 * future drops them then: nothing to remove.
 */
public class FutureCallbacksRunOnce implements FutureCallback<String> {
  private String result;
  private int done;

  public void await(ListenableFuture<String> future) {
    Futures.addCallback(future, this, MoreExecutors.directExecutor());
    future.addListener(() -> done++, MoreExecutors.directExecutor());
  }

  @Override
  public void onSuccess(String value) {
    result = value;
  }

  @Override
  public void onFailure(Throwable failure) {
    result = failure.getMessage();
  }

  public String result() {
    return result;
  }
}
