package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The implementations, in the classes this compilation compiles, of an abstract method of the program's
 * own (an interface or abstract class compiled here): what a call of such a method may run, for the summary of what it does with its parameters ({@link
 * io.github.leakproof.model.ParameterSummary#ofEveryImplementation}). The classes are listed once per
 * compilation, when first asked.
 */
final class Implementations {
  private final List<CompilationUnitTree> units;
  private final Types types;
  private List<ClassSymbol> concreteClasses;
  private final Map<MethodSymbol, List<MethodSymbol>> known = new HashMap<>();

  /** @param units every unit of the compilation, or an empty list when they cannot be read */
  Implementations(List<CompilationUnitTree> units, Types types) {
    this.units = units;
    this.types = types;
  }

  /** The concrete methods that implement {@code method} in classes of this compilation; empty for a concrete method. */
  List<MethodSymbol> of(MethodSymbol method) {
    if ((method.flags() & Flags.ABSTRACT) == 0
        || !(method.owner instanceof ClassSymbol owner)
        || owner.outermostClass().classfile == null
        || owner.outermostClass().classfile.getKind() != JavaFileObject.Kind.SOURCE) {
      return List.of(); // concrete, or a library's: the program's classes are not all its implementations
    }
    return known.computeIfAbsent(method, m -> find(m, owner));
  }

  private List<MethodSymbol> find(MethodSymbol method, ClassSymbol owner) {
    List<MethodSymbol> implementations = new ArrayList<>();
    for (ClassSymbol candidate : concreteClasses()) {
      if (candidate != owner && candidate.isSubClass(owner, types)) {
        MethodSymbol implementation = method.implementation(candidate, types, true);
        if (implementation != null && (implementation.flags() & Flags.ABSTRACT) == 0) {
          implementations.add(implementation);
        }
      }
    }
    return implementations;
  }

  private List<ClassSymbol> concreteClasses() {
    if (concreteClasses == null) {
      concreteClasses = new ArrayList<>();
      for (CompilationUnitTree unit : units) {
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree tree, Void unused) {
            ClassSymbol symbol = ASTHelpers.getSymbol(tree);
            if (symbol != null && (symbol.flags() & (Flags.ABSTRACT | Flags.INTERFACE)) == 0) {
              concreteClasses.add(symbol);
            }
            return super.visitClass(tree, unused);
          }
        }.scan(unit, null);
      }
    }
    return concreteClasses;
  }
}
