package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.generic.GenericSignatureParser;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.IdentityCalls.TypeVariableUse;
import io.github.leakproof.model.ThreadLocalValues.ValueType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A generic {@code Signature} attribute ({@code Ljava/lang/ThreadLocal<Ljava/util/Map<Ljava/lang/String;Lapp/Handler;>;>;})
 * read into the model's {@link ValueType}: class names, whether each is an interface or a generic
 * class used raw (from SpotBugs' class hierarchy), and type arguments. Type variables and unbounded
 * wildcards are unknown.
 */
public final class GenericSignatures {
  private final String signature;
  private int at;

  private GenericSignatures(String signature) {
    this.signature = signature;
  }

  /**
   * For a method that returns a type variable it declares ({@code <T:Ljava/lang/Object;>(TT;Ljava/lang/String;)TT;}),
   * how each parameter's type uses that variable; empty for any other method, or a signature that cannot
   * be read.
   */
  public static List<TypeVariableUse> returnedTypeVariableUses(String methodSignature) {
    if (methodSignature == null || !methodSignature.startsWith("<")) {
      return List.of();
    }
    try {
      GenericSignatureParser parser = new GenericSignatureParser(methodSignature);
      String returned = parser.getReturnTypeSignature();
      if (!returned.startsWith("T") || !declaredTypeVariables(methodSignature).contains(returned.substring(1, returned.length() - 1))) {
        return List.of();
      }
      List<TypeVariableUse> uses = new ArrayList<>();
      for (Iterator<String> parameters = parser.parameterSignatureIterator(); parameters.hasNext(); ) {
        String parameter = parameters.next();
        uses.add(
            parameter.equals(returned)
                ? TypeVariableUse.IS_IT
                : mentions(parameter, returned) ? TypeVariableUse.CONTAINS_IT : TypeVariableUse.NONE);
      }
      return uses;
    } catch (RuntimeException malformed) {
      return List.of();
    }
  }

  /** True if {@code signature} mentions the type variable {@code variable} ({@code TT;}) anywhere. */
  private static boolean mentions(String signature, String variable) {
    for (int at = signature.indexOf(variable); at >= 0; at = signature.indexOf(variable, at + 1)) {
      char before = at == 0 ? '<' : signature.charAt(at - 1);
      if (before == '<' || before == ';' || before == '[' || before == '+' || before == '-' || before == '*' || before == '>') {
        return true; // the variable's own token, not the tail of a class name ending in T
      }
    }
    return false;
  }

  /** The names of the type variables a method's signature declares in its {@code <…>} prefix. */
  private static List<String> declaredTypeVariables(String methodSignature) {
    List<String> names = new ArrayList<>();
    int at = 1;
    while (methodSignature.charAt(at) != '>') {
      int colon = methodSignature.indexOf(':', at);
      names.add(methodSignature.substring(at, colon));
      at = colon;
      while (methodSignature.charAt(at) == ':') { // a class bound (maybe empty), then interface bounds
        at++;
        if (methodSignature.charAt(at) != ':' && methodSignature.charAt(at) != '>') {
          at = endOfReferenceType(methodSignature, at);
        }
      }
    }
    return names;
  }

  /** The index just past the reference type signature starting at {@code at}. */
  private static int endOfReferenceType(String signature, int at) {
    while (signature.charAt(at) == '[') {
      at++;
    }
    if (signature.charAt(at) != 'L' && signature.charAt(at) != 'T') {
      return at + 1; // a primitive array's element
    }
    int depth = 0;
    for (; ; at++) {
      char c = signature.charAt(at);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ';' && depth == 0) {
        return at + 1;
      }
    }
  }

  /** The first type argument of a field's generic signature ({@code X} in {@code ThreadLocal<X>}), or unknown. */
  public static ValueType firstTypeArgument(String fieldSignature) {
    if (fieldSignature == null) {
      return ValueType.unknown();
    }
    try {
      ValueType type = new GenericSignatures(fieldSignature).type();
      return type.arguments().isEmpty() ? ValueType.unknown() : type.arguments().get(0);
    } catch (RuntimeException malformed) {
      return ValueType.unknown();
    }
  }

  private ValueType type() {
    char c = signature.charAt(at++);
    switch (c) {
      case '[' -> {
        ValueType element = type();
        return element.name() == null
            ? element
            : new ValueType(element.name() + "[]", element.isInterface(), element.isRaw(), element.arguments());
      }
      case 'T' -> {
        at = signature.indexOf(';', at) + 1;
        return ValueType.unknown();
      }
      case 'L' -> {
        return classType();
      }
      default -> {
        return ValueType.plain(primitive(c));
      }
    }
  }

  private ValueType classType() {
    StringBuilder name = new StringBuilder();
    List<ValueType> arguments = new ArrayList<>();
    while (true) {
      char c = signature.charAt(at++);
      if (c == ';') {
        break;
      } else if (c == '<') {
        arguments.clear(); // an inner class's own arguments replace its outer class's
        while (signature.charAt(at) != '>') {
          arguments.add(typeArgument());
        }
        at++;
      } else if (c == '.') {
        name.append('$');
      } else {
        name.append(c);
      }
    }
    String slashed = name.toString();
    XClass cls = Classes.lookUp(DescriptorFactory.createClassDescriptor(slashed));
    boolean isInterface = cls != null && cls.isInterface();
    boolean generic = cls != null && cls.getSourceSignature() != null && cls.getSourceSignature().startsWith("<");
    return new ValueType(slashed.replace('/', '.'), isInterface, generic && arguments.isEmpty(), arguments);
  }

  private ValueType typeArgument() {
    char c = signature.charAt(at);
    if (c == '*') {
      at++;
      return ValueType.unknown();
    }
    if (c == '+') {
      at++;
      return type();
    }
    if (c == '-') {
      at++;
      type();
      return ValueType.unknown(); // ? super X: anything above X
    }
    return type();
  }

  private static String primitive(char descriptor) {
    return switch (descriptor) {
      case 'Z' -> "boolean";
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'S' -> "short";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'F' -> "float";
      case 'D' -> "double";
      default -> throw new IllegalArgumentException("not a type: " + descriptor);
    };
  }
}
