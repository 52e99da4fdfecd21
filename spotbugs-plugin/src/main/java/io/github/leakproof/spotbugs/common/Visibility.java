package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;

/**
 * Who can reach a member. SpotBugs analyses one module (jar, class folder) at a time, so only members
 * that code outside their package cannot reach have all their uses in view.
 */
public final class Visibility {
  private Visibility() {}

  /** True if code in another package can reach {@code field}: it and every class around it are public or protected. */
  public static boolean isVisibleOutsideItsPackage(XField field) {
    if (!field.isPublic() && !field.isProtected()) {
      return false;
    }
    for (ClassDescriptor cls = field.getClassDescriptor(); cls != null; ) {
      XClass xclass = Classes.lookUp(cls);
      if (xclass == null) {
        return true; // cannot tell: assume it can be reached
      }
      if (!xclass.isPublic() && !xclass.isProtected()) {
        return false;
      }
      cls = xclass.getImmediateEnclosingClass();
    }
    return true;
  }
}
