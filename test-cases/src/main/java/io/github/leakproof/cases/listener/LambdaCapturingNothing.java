package io.github.leakproof.cases.listener;

import com.google.common.eventbus.EventBus;
import java.beans.PropertyChangeSupport;

/**
 * Negative: the lambda registered on a long-lived bean uses only its parameter and a static logger
 * method, so it holds nothing of the service: the bean keeps only the small lambda.
 */
public class LambdaCapturingNothing {
  private final EventBus audit;

  public LambdaCapturingNothing(PropertyChangeSupport bean, EventBus audit) {
    this.audit = audit;
    bean.addPropertyChangeListener(event -> log(event.getPropertyName()));
  }

  private static void log(String property) {
    System.out.println("changed: " + property);
  }

  public void record(String what) {
    audit.post(what);
  }
}
