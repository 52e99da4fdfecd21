package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.ThreadLocalValues.ValueType;
import java.util.ArrayList;
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
