package io.github.leakproof.errorprone.common;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.CompileStates;
import com.sun.tools.javac.comp.CompileStates.CompileState;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The other files of the compilation Error Prone runs in. A Maven or Gradle build compiles a module's
 * sources in one compilation, so a rule about what "nothing in the program" does can read them all
 * before deciding, as a whole-program analysis would. Their trees are usable only while attributed and
 * not yet lowered: with {@code -XDcompilePolicy=simple} (what Error Prone asks for) every file is
 * attributed before any is checked; with {@code byfile}, which Error Prone's own test helper uses
 * unless told otherwise, they are not, and the rules are told so ({@link #units} returns null).
 */
public final class CompilationSources {
  private CompilationSources() {}

  /**
   * The tree of a class compiled from source in this compilation, or null (a class file, or a tree
   * javac cannot give).
   */
  public static Tree classTree(ClassSymbol cls, VisitorState state) {
    if (cls.sourcefile == null) {
      return null;
    }
    try {
      return JavacTrees.instance(state.context).getTree(cls);
    } catch (RuntimeException notAvailable) {
      return null;
    }
  }

  /**
   * Every compilation unit of this compilation, this one included, or null when some are not
   * attributed yet or already lowered: then the program cannot be read whole.
   */
  public static List<CompilationUnitTree> units(VisitorState state) {
    CompileStates states = CompileStates.instance(state.context);
    Set<CompilationUnitTree> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CompilationUnitTree> units = new ArrayList<>();
    for (Env<AttrContext> env : Enter.instance(state.context).getEnvs()) {
      if (env.toplevel == null || !(env.tree instanceof JCClassDecl type) || type.sym == null) {
        continue;
      }
      if (type.sym.owner != null && type.sym.owner.kind == com.sun.tools.javac.code.Kinds.Kind.PCK) {
        // Top-level classes are what javac attributes and lowers, one state each.
        if (!states.isDone(env, CompileState.ATTR) || states.isDone(env, CompileState.TRANSTYPES)) {
          return null;
        }
      }
      if (seen.add(env.toplevel)) {
        units.add(env.toplevel);
      }
    }
    return units;
  }
}
