package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.UIManager;

/**
 * Negative: a class-level cache is flushed on look-and-feel changes by a listener registered once, in
 * a static initialiser: it lives as long as the class, by design.
 */
public final class StaticInitializerRegistration {
  private static volatile Object cachedIcon;

  static {
    UIManager.addPropertyChangeListener(new PropertyChangeListener() {
      @Override
      public void propertyChange(PropertyChangeEvent event) {
        cachedIcon = null;
      }
    });
  }

  private StaticInitializerRegistration() {}

  public static Object icon() {
    return cachedIcon;
  }
}
