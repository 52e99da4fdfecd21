// OPTIONS: Leakproof:Strict=listener-parameters
package io.github.leakproof.cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Positive with {@code Leakproof:Strict=listener-parameters} (the source is the caller's object and the class declares no lifecycle end, so the default is silent: {@code CallersSourceWithoutLifecycleEnd}): the JavaFX idiom — a cell binds to a long-lived observable value it is given with {@code
 * addListener} and a lambda that updates the cell, and never calls {@code removeListener}. (A minimal
 * stand-in for {@code javafx.beans.value.ObservableValue}, which is not on the corpus's class path.)
 */
public class ObservableValueAddListener {
  /** Stand-in for JavaFX's ChangeListener. */
  public interface ChangeListener<T> {
    void changed(ObservableValue<? extends T> value, T oldValue, T newValue);
  }

  /** Stand-in for JavaFX's ObservableValue. */
  public static class ObservableValue<T> {
    private final List<ChangeListener<? super T>> listeners = new ArrayList<>();

    public void addListener(ChangeListener<? super T> listener) {
      listeners.add(listener);
    }

    public void removeListener(ChangeListener<? super T> listener) {
      listeners.remove(listener);
    }
  }

  private String text = "";

  public ObservableValueAddListener(ObservableValue<String> title) {
    // BUG: Diagnostic contains: removeListener
    title.addListener((value, before, after) -> setText(after));
  }

  private void setText(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
