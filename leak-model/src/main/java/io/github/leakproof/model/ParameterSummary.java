package io.github.leakproof.model;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one method of the analysed code does with each of its parameters, read from its body by a front
 * end (Error Prone: the compilation's trees; SpotBugs: the bytecode of the whole program), so that the
 * rules below hold the same in both, whatever the method is called:
 *
 * <ul>
 *   <li>it <b>closes</b> a parameter: an argument passed there is released ({@code closeQuietly(c)});
 *   <li>it <b>returns</b> it (or a wrapper of it): the argument moves into the call's result;
 *   <li>it <b>keeps</b> it (stores it in a field, a collection, hands it to a constructor): the argument
 *       is handed on, the caller no longer has to release it;
 *   <li>it keeps it in a field of its <b>own object</b> ({@code private void init(Executor e) { this.e = e; }}):
 *       a call on the same object that passes a new pool or resource there gives that field the new
 *       object, exactly as if the caller had assigned the field itself. The owning-field rules (a field
 *       given a new pool must be stopped in the class's lifecycle) then judge the field.
 * </ul>
 */
public final class ParameterSummary {
  /** A method that does nothing the rules care about with any parameter (or one that cannot be read). */
  public static final ParameterSummary NOTHING = new Builder().build();

  private final BitSet closes;
  private final BitSet keeps;
  private final BitSet returns;
  private final Map<Integer, String> ownFields;

  private ParameterSummary(Builder builder) {
    this.closes = (BitSet) builder.closes.clone();
    this.keeps = (BitSet) builder.keeps.clone();
    this.returns = (BitSet) builder.returns.clone();
    this.ownFields = Map.copyOf(builder.ownFields);
  }

  /**
   * The summary of an abstract method (an interface's, an abstract class's) from its implementations in
   * the analysed code: it closes a parameter that every implementation closes — a contract such as "the
   * parser MUST close the given stream" that each parser keeps (Apache Ivy's {@code
   * ModuleDescriptorParser.toIvyFile}). One implementation that does not close it, or none seen, and the
   * caller keeps the stream to close.
   */
  public static ParameterSummary ofEveryImplementation(List<ParameterSummary> implementations) {
    if (implementations.isEmpty()) {
      return NOTHING;
    }
    Builder summary = new Builder();
    BitSet closedByAll = (BitSet) implementations.get(0).closes.clone();
    for (ParameterSummary implementation : implementations) {
      closedByAll.and(implementation.closes);
    }
    closedByAll.stream().forEach(summary::closes);
    return summary.build();
  }

  public boolean closes(int parameter) {
    return closes.get(parameter);
  }

  public boolean keeps(int parameter) {
    return keeps.get(parameter) || ownFields.containsKey(parameter);
  }

  public boolean returns(int parameter) {
    return returns.get(parameter);
  }

  /** The field of the method's own object that parameter {@code parameter} is stored in, or null. */
  public String ownFieldOf(int parameter) {
    return ownFields.get(parameter);
  }

  /** Collects a summary while a front end reads a method's body. */
  public static final class Builder {
    private final BitSet closes = new BitSet();
    private final BitSet keeps = new BitSet();
    private final BitSet returns = new BitSet();
    private final Map<Integer, String> ownFields = new HashMap<>();

    public Builder closes(int parameter) {
      closes.set(parameter);
      return this;
    }

    public Builder keeps(int parameter) {
      keeps.set(parameter);
      return this;
    }

    public Builder returns(int parameter) {
      returns.set(parameter);
      return this;
    }

    /** {@code this.field = parameter}: the first such field is the one the summary names. */
    public Builder keepsInOwnField(int parameter, String field) {
      keeps.set(parameter);
      ownFields.putIfAbsent(parameter, field);
      return this;
    }

    public ParameterSummary build() {
      return new ParameterSummary(this);
    }
  }
}
