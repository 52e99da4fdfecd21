package io.github.leakproof.errorprone.common;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import javax.lang.model.element.Element;

/** Where a declared element is mentioned. */
public final class References {
  private References() {}

  /** True if {@code tree} mentions {@code element} by its simple name. */
  public static boolean mentions(Tree tree, Element element) {
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitIdentifier(IdentifierTree identifier, Void unused) {
            return element.equals(ASTHelpers.getSymbol(identifier));
          }
        }.scan(tree, null);
    return Boolean.TRUE.equals(found);
  }
}
