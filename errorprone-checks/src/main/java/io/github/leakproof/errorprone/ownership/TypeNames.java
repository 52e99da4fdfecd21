package io.github.leakproof.errorprone.ownership;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/**
 * A type and all its supertypes as binary names ({@code java.util.Map$Entry}), the way the model's
 * catalogues are asked. Cached per class: the same few types come up again and again.
 */
public final class TypeNames {
  private final Types types;
  private final Map<Symbol, List<String>> cache = new HashMap<>();

  public TypeNames(Types types) {
    this.types = types;
  }

  /** {@code type} first, then its supertypes; empty for primitives, arrays and type variables without bound. */
  public List<String> selfAndSupertypes(TypeMirror mirror) {
    if (!(mirror instanceof Type type)) {
      return List.of();
    }
    Type erased = types.erasure(type);
    if (erased.isPrimitive() || !(erased.tsym instanceof ClassSymbol)) {
      return List.of();
    }
    return cache.computeIfAbsent(erased.tsym, symbol -> compute(erased));
  }

  /** The erased binary names of a method's parameter types. */
  public List<String> erasedNames(List<? extends TypeMirror> mirrors) {
    List<String> names = new ArrayList<>();
    for (TypeMirror mirror : mirrors) {
      Type erased = types.erasure((Type) mirror);
      names.add(erased.tsym instanceof ClassSymbol c ? c.flatName().toString() : erased.toString());
    }
    return names;
  }

  private List<String> compute(Type type) {
    List<String> names = new ArrayList<>();
    for (Type supertype : types.closure(type)) {
      if (supertype.tsym instanceof ClassSymbol c) {
        String name = c.flatName().toString();
        if (supertype.tsym == type.tsym) {
          names.add(0, name);
        } else {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }
}
