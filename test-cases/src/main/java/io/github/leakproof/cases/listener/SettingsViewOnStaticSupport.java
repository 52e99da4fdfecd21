package io.github.leakproof.cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Positive: each settings view registers itself on an application-wide, static PropertyChangeSupport
 * and never removes itself: every view ever opened stays reachable from the static field.
 */
public class SettingsViewOnStaticSupport implements PropertyChangeListener {
  /** The application's settings, shared by every view. */
  public static final class Settings {
    public static final PropertyChangeSupport CHANGES = new PropertyChangeSupport(Settings.class);

    private Settings() {}
  }

  private String theme = "light";

  public SettingsViewOnStaticSupport() {
    // BUG: Diagnostic contains: ListenerNotRemoved
    Settings.CHANGES.addPropertyChangeListener(this);
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    theme = String.valueOf(event.getNewValue());
  }

  public String theme() {
    return theme;
  }
}
