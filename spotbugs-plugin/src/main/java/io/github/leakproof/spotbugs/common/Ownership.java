package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.analysis.AnnotationValue;
import io.github.leakproof.model.IdentityCalls;
import io.github.leakproof.model.OwnershipAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;

/**
 * The Checker Framework's ownership annotations ({@link OwnershipAnnotations}) as the class files
 * carry them: {@code @Owning} and {@code @MustCallAlias} parameters, {@code @NotOwning} methods, {@code @MustCall} types and
 * {@code @EnsuresCalledMethods} contracts.
 */
public final class Ownership {
  private static final ClassDescriptor OWNING = descriptor(OwnershipAnnotations.OWNING);
  private static final ClassDescriptor NOT_OWNING = descriptor(OwnershipAnnotations.NOT_OWNING);
  private static final ClassDescriptor MUST_CALL = descriptor(OwnershipAnnotations.MUST_CALL);
  private static final ClassDescriptor MUST_CALL_ALIAS = descriptor(OwnershipAnnotations.MUST_CALL_ALIAS);
  private static final ClassDescriptor ENSURES_CALLED = descriptor(OwnershipAnnotations.ENSURES_CALLED_METHODS);
  private static final ClassDescriptor ENSURES_CALLED_LIST =
      descriptor(OwnershipAnnotations.ENSURES_CALLED_METHODS + "$List");

  private Ownership() {}

  /** {@code @NotOwning} on the method: its result is borrowed. */
  public static boolean isNotOwning(XMethod method) {
    return method != null && method.getAnnotation(NOT_OWNING) != null;
  }

  /** {@code @Owning} on parameter {@code index} (0 = first declared): the callee takes the argument over. */
  public static boolean isOwning(XMethod method, int index) {
    return method != null && index < method.getNumParams() && method.getParameterAnnotation(index, OWNING) != null;
  }

  /**
   * {@code @MustCallAlias} on parameter {@code index} (0 = first declared): the result stands for the
   * argument, releasing one releases the other.
   */
  public static boolean isMustCallAlias(XMethod method, int index) {
    return method != null
        && index < method.getNumParams()
        && method.getParameterAnnotation(index, MUST_CALL_ALIAS) != null;
  }

  /**
   * True if the method must give back argument {@code index}, by its declared types alone: {@code <T> T
   * requireNonNull(T, String)}, any library's {@code checkNotNull} ({@link IdentityCalls#argumentReturned}).
   */
  public static boolean returnsArgument(XMethod method, int index) {
    return method != null
        && IdentityCalls.argumentReturned(GenericSignatures.returnedTypeVariableUses(method.getSourceSignature())) == index;
  }

  /** {@code @MustCall({...})} with a non-empty value on the type or one of its supertypes. */
  public static boolean mustCall(List<String> typeAndSupertypes) {
    for (String type : typeAndSupertypes) {
      XClass xclass = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(type));
      AnnotationValue annotation = xclass == null ? null : xclass.getAnnotation(MUST_CALL);
      if (annotation != null && !strings(annotation.getValue("value")).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code @EnsuresCalledMethods(value = "#n" or the parameter's name, methods = …)} on the method,
   * naming parameter {@code index} (0 = first declared) and a method that {@code releases} accepts.
   */
  public static boolean ensuresCalled(XMethod method, int index, Predicate<String> releases) {
    if (method == null) {
      return false;
    }
    List<AnnotationValue> contracts = new ArrayList<>();
    AnnotationValue single = method.getAnnotation(ENSURES_CALLED);
    if (single != null) {
      contracts.add(single);
    }
    AnnotationValue list = method.getAnnotation(ENSURES_CALLED_LIST);
    if (list != null && list.getValue("value") instanceof Object[] items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue contract) {
          contracts.add(contract);
        }
      }
    }
    for (AnnotationValue contract : contracts) {
      if (strings(contract.getValue("methods")).stream().anyMatch(releases)
          && strings(contract.getValue("value")).stream().anyMatch(e -> namesParameter(e.trim(), method, index))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesParameter(String expression, XMethod method, int index) {
    if (expression.equals("#" + (index + 1))) {
      return true;
    }
    return !expression.startsWith("#") && expression.equals(parameterName(method, index));
  }

  /** The parameter's name from the method's local-variable table, or null when the class file does not say. */
  private static String parameterName(XMethod method, int index) {
    try {
      JavaClass javaClass = Global.getAnalysisCache().getClassAnalysis(JavaClass.class, method.getClassDescriptor());
      for (Method candidate : javaClass.getMethods()) {
        if (candidate.getName().equals(method.getName()) && candidate.getSignature().equals(method.getSignature())) {
          LocalVariableTable table = candidate.getLocalVariableTable();
          if (table == null) {
            return null;
          }
          int slot = candidate.isStatic() ? 0 : 1;
          for (int i = 0; i < index; i++) {
            slot += candidate.getArgumentTypes()[i].getSize();
          }
          LocalVariable local = table.getLocalVariable(slot, 0);
          return local == null ? null : local.getName();
        }
      }
    } catch (CheckedAnalysisException e) {
      return null;
    }
    return null;
  }

  /** An annotation element's strings: a single string or an array of them. */
  static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof Object[] array) {
      for (Object item : array) {
        if (item instanceof String s) {
          strings.add(s);
        }
      }
    } else if (value instanceof String s) {
      strings.add(s);
    }
    return strings;
  }

  private static ClassDescriptor descriptor(String dotted) {
    return DescriptorFactory.createClassDescriptorFromDottedClassName(dotted);
  }
}
