package app;

/** One per open window. */
public final class PriceView {
  private double last;

  public PriceView() {
    // Leaks: the ticker keeps every view ever opened, since nothing removes this listener.
    PriceTicker.INSTANCE.addPropertyChangeListener(event -> last = (Double) event.getNewValue());
  }

  public double last() {
    return last;
  }
}
