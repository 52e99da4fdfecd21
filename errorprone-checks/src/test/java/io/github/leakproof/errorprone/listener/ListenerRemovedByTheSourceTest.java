package io.github.leakproof.errorprone.listener;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * A listener that registers itself on the source it is given is not reported when the source's class,
 * compiled in the same run from another file, removes listeners of its type (JFreeChart's
 * MouseWheelHandler and ChartPanel). The corpus compiles one file at a time, so this is tested here.
 * The handler has no lifecycle end and its source is its caller's panel, so it is judged only with
 * {@code Strict=listener-parameters}, which both tests turn on.
 */
class ListenerRemovedByTheSourceTest {
  private static final String[] HANDLER = {
    "package app;",
    "import java.awt.event.MouseWheelEvent;",
    "import java.awt.event.MouseWheelListener;",
    "public class WheelHandler implements MouseWheelListener {",
    "  private final Panel panel;",
    "  private double zoom = 1.0;",
    "  public WheelHandler(Panel panel) {",
    "    this.panel = panel;",
    "    // BUG: Diagnostic contains: ListenerNotRemoved",
    "    this.panel.addMouseWheelListener(this);",
    "  }",
    "  @Override",
    "  public void mouseWheelMoved(MouseWheelEvent event) {",
    "    zoom *= 1.1;",
    "    panel.repaint();",
    "  }",
    "}"
  };

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ListenerNotRemoved.class, getClass())
          .setArgs("-XepOpt:Leakproof:Strict=listener-parameters");

  @Test
  void aSourceThatRemovesListenersOfTheRegistrantsTypeOwnsTheRegistration() {
    helper
        .addSourceLines(
            "app/Panel.java",
            "package app;",
            "import javax.swing.JPanel;",
            "public class Panel extends JPanel {",
            // no field of the handler's type: only the removal below says the panel owns the handlers
            "  private final java.util.List<WheelHandler> wheels = new java.util.ArrayList<>();",
            "  public void setWheelZoom(boolean on) {",
            "    if (on) {",
            "      wheels.add(new WheelHandler(this));",
            "    } else {",
            "      for (WheelHandler wheel : wheels) {",
            "        removeMouseWheelListener(wheel);",
            "      }",
            "      wheels.clear();",
            "    }",
            "  }",
            "}")
        .addSourceLines("app/WheelHandler.java", withoutMarker(HANDLER))
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void aSourceThatNeverRemovesItDoesNot() {
    helper
        .addSourceLines(
            "app/Panel.java",
            "package app;",
            "import java.awt.event.MouseWheelListener;",
            "import javax.swing.JPanel;",
            "public class Panel extends JPanel {",
            "  public void enableWheelZoom() {",
            "    new WheelHandler(this);", // one more handler on the panel per call, none kept or removed
            "  }",
            "  public void clearOthers(MouseWheelListener other) {",
            "    removeMouseWheelListener(other);",
            "  }",
            "}")
        .addSourceLines("app/WheelHandler.java", HANDLER)
        .doTest();
  }

  private static String[] withoutMarker(String[] lines) {
    return java.util.Arrays.stream(lines).filter(l -> !l.contains("BUG:")).toArray(String[]::new);
  }
}
