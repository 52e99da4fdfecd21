package io.github.leakproof.cases.listener;

import java.awt.KeyboardFocusManager;

/** Negative: the application wires a listener once in {@code main}: it is meant to live as long as the application. */
public class RegisteredInMain {
  public static void main(String[] args) {
    KeyboardFocusManager.getCurrentKeyboardFocusManager()
        .addPropertyChangeListener("focusOwner", event -> System.out.println(event.getNewValue()));
  }
}
