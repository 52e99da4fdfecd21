package io.github.leakproof.errorprone.threadlocal;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.ArrayType;
import com.sun.tools.javac.code.Type.WildcardType;
import com.sun.tools.javac.code.TypeTag;
import io.github.leakproof.errorprone.common.CompilationSources;
import io.github.leakproof.errorprone.common.FieldVisibility;
import io.github.leakproof.errorprone.threadlocal.ThreadLocalUsage.ThreadLocalTypes;
import io.github.leakproof.model.ThreadLocalFields;
import io.github.leakproof.model.ThreadLocalValues;
import io.github.leakproof.model.ThreadLocalValues.ClassLoaderPin;
import io.github.leakproof.model.ThreadLocalValues.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Rule 1's facts about one thread-local field ({@link ThreadLocalFields.Facts}), gathered from every
 * file that can use it: this one for a field only this file sees, else every file of the compilation
 * ({@link CompilationSources}) — what a public holder's filter, or a setter's callers, do elsewhere.
 */
final class FieldJudgement {
  /** Each unit's usage, computed once per compilation. */
  private final Map<CompilationUnitTree, ThreadLocalUsage> usages = new IdentityHashMap<>();
  private Object context;

  /** The facts, and where they came from; null if the field's uses cannot all be seen. */
  record Judged(ThreadLocalFields.Facts facts, List<ThreadLocalUsage> readFrom, ValueType value) {
    MethodSymbol firstUser(VarSymbol field) {
      for (ThreadLocalUsage usage : readFrom) {
        if (usage.firstUser(field) != null) {
          return usage.firstUser(field);
        }
      }
      return null;
    }
  }

  Judged judge(
      VarSymbol field, ThreadLocalUsage here, boolean hasInitialValue, ThreadLocalTypes types, VisitorState state) {
    List<ThreadLocalUsage> readFrom = usagesFor(field, here, types, state);
    if (readFrom == null) {
      return null;
    }
    boolean givesValue = false, isCache = hasInitialValue, isSet = false, cleared = false, removed = false, escapes = false;
    List<MethodSymbol> setters = new ArrayList<>();
    ValueType declared = valueType(types.valueType(field.type));
    boolean emptied = readFrom.stream().anyMatch(usage -> usage.isEmptied(field));
    ClassLoaderPin pin = pinOf(declared, emptied);
    ValueType value = declared;
    for (ThreadLocalUsage usage : readFrom) {
      givesValue |= !usage.setsOf(field).isEmpty();
      isCache |= usage.isCacheFilled(field);
      isSet |= usage.isSet(field);
      cleared |= usage.isCleared(field);
      removed |= usage.isRemoved(field);
      escapes |= usage.escapes(field);
      setters.addAll(usage.settersOf(field));
      for (Type filled : usage.fillTypes(field)) {
        ValueType type = valueType(filled);
        if (pinOf(type, emptied).compareTo(pin) > 0) {
          pin = pinOf(type, emptied);
          value = type;
        }
      }
    }
    Set<MethodSymbol> undoingCalls = new HashSet<>();
    readFrom.forEach(usage -> undoingCalls.addAll(usage.undoingCalls()));
    cleared |= // the callers restore or clear through the setter, or a helper passing its parameter on to it
        ThreadLocalFields.undoneThroughSetter(
            undoingCalls,
            Set.copyOf(setters),
            method -> readFrom.stream().flatMap(usage -> usage.parameterPassedTo(method).stream()).toList());
    return new Judged(
        new ThreadLocalFields.Facts(givesValue, isCache, isSet, cleared, removed, escapes, pin),
        readFrom,
        value);
  }

  /** A container the program empties after each use keeps nothing of its elements at rest. */
  private static ClassLoaderPin pinOf(ValueType type, boolean emptied) {
    return emptied ? ThreadLocalValues.pinOfEmptiedContainer(type) : ThreadLocalValues.pinOf(type);
  }

  /**
   * The usages to read: this file's when it sees every use (a private field whose setters are private
   * too), every file's otherwise; null when the field is used elsewhere and the other files cannot be
   * read. A private field with a visible setter whose callers cannot be read is judged on this file.
   */
  private List<ThreadLocalUsage> usagesFor(
      VarSymbol field, ThreadLocalUsage here, ThreadLocalTypes types, VisitorState state) {
    boolean fieldSeenHere = FieldVisibility.allUsesInThisFile(field);
    boolean settersSeenHere =
        here.settersOf(field).stream().allMatch(m -> m.getModifiers().contains(Modifier.PRIVATE));
    if (fieldSeenHere && settersSeenHere) {
      return List.of(here);
    }
    List<CompilationUnitTree> units = CompilationSources.units(state);
    if (units == null) {
      return fieldSeenHere ? List.of(here) : null;
    }
    if (context != state.context) {
      context = state.context;
      usages.clear();
    }
    List<ThreadLocalUsage> all = new ArrayList<>();
    all.add(here);
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    for (CompilationUnitTree unit : units) {
      if (unit != current) {
        all.add(usages.computeIfAbsent(unit, u -> ThreadLocalUsage.of(u, types)));
      }
    }
    return all;
  }

  /** The model's view of a javac type: class, interface or not, raw or not, type arguments. */
  static ValueType valueType(Type type) {
    if (type == null) {
      return ValueType.unknown();
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null ? ValueType.unknown() : valueType(wildcard.getExtendsBound());
    }
    if (type instanceof ArrayType array) {
      ValueType element = valueType(array.elemtype);
      return element.name() == null
          ? element
          : new ValueType(element.name() + "[]", element.isInterface(), element.isRaw(), element.arguments());
    }
    if (type.isPrimitive()) {
      return ValueType.plain(type.toString());
    }
    if (type.getTag() != TypeTag.CLASS || type.tsym == null) {
      return ValueType.unknown(); // a type variable, an intersection
    }
    List<ValueType> arguments = new ArrayList<>();
    for (Type argument : type.getTypeArguments()) {
      arguments.add(valueType(argument));
    }
    return new ValueType(
        type.tsym.flatName().toString(), type.tsym.isInterface(), type.isRaw(), arguments);
  }
}
