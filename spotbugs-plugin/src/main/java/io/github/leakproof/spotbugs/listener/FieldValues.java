package io.github.leakproof.spotbugs.listener;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import io.github.leakproof.model.ListenerCatalogue;
import io.github.leakproof.model.ListenerCatalogue.SourceKind;
import io.github.leakproof.spotbugs.common.Classes;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.Type;

/**
 * What the fields a registration reads its source or listener from are given, by the stores in the
 * field's own class (read once per field, when the first registration needs it). A source field is
 * received when it is injected, or given a static or a shared instance ({@link SourceKind#SHARED}), or a
 * constructor's or public method's parameter ({@link SourceKind#CALLERS}), and never a new object made
 * by its class (a child component that a setter may replace is still the object's own); a listener
 * field holds its object when it is given {@code this}, a lambda capturing it, or an inner class instance that keeps it. The value stored is read from the instruction just
 * before the store (past a cast or a {@code requireNonNull}): the shapes javac writes for these.
 */
final class FieldValues {
  private record Facts(SourceKind received, boolean holdsThis) {}

  private final Map<XField, Facts> facts = new HashMap<>();

  /** Whose object the field holds: shared, the caller's, or {@link SourceKind#OWN} when not received. */
  SourceKind receivedKind(XField field) {
    return factsOf(field).received();
  }

  boolean holdsThis(XField field) {
    return factsOf(field).holdsThis();
  }

  private Facts factsOf(XField field) {
    return facts.computeIfAbsent(field, FieldValues::read);
  }

  private static Facts read(XField field) {
    SourceKind received = field.getAnnotationDescriptors().stream()
            .anyMatch(a -> ListenerCatalogue.isInjection(a.getDottedClassName()))
        ? SourceKind.SHARED
        : SourceKind.OWN;
    boolean holdsThis = false;
    boolean madeHere = false;
    JavaClass javaClass = javaClassOf(field.getClassDescriptor());
    if (javaClass == null) {
      return new Facts(received, false);
    }
    ConstantPoolGen pool = new ConstantPoolGen(javaClass.getConstantPool());
    String owner = javaClass.getClassName();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
        Instruction instruction = handle.getInstruction();
        if (!(instruction instanceof PUTFIELD || instruction instanceof PUTSTATIC)
            || !((FieldInstruction) instruction).getFieldName(pool).equals(field.getName())
            || !((FieldInstruction) instruction).getReferenceType(pool).toString().equals(field.getClassName())) {
          continue;
        }
        InstructionHandle value = valueBefore(handle.getPrev(), pool);
        if (value == null) {
          continue;
        }
        received = received.or(kindOf(value.getInstruction(), method, javaClass, pool));
        madeHere |= isNewObject(value, pool);
        holdsThis |= holdsThis(value.getInstruction(), method, owner, pool);
      }
    }
    return new Facts(madeHere ? SourceKind.OWN : received, holdsThis);
  }

  /** {@code new K(…)}: the constructor call of an object made just before (not a {@code super(…)} call). */
  private static boolean isNewObject(InstructionHandle value, ConstantPoolGen pool) {
    return value.getInstruction() instanceof INVOKESPECIAL init
        && init.getMethodName(pool).equals(Const.CONSTRUCTOR_NAME);
  }

  /** The instruction that made the stored value, past a cast or {@code Objects.requireNonNull}. */
  private static InstructionHandle valueBefore(InstructionHandle handle, ConstantPoolGen pool) {
    InstructionHandle at = handle;
    while (at != null
        && (at.getInstruction() instanceof CHECKCAST
            || at.getInstruction() instanceof INVOKESTATIC call && call.getMethodName(pool).equals("requireNonNull"))) {
      at = at.getPrev();
    }
    return at;
  }

  private static SourceKind kindOf(Instruction value, Method method, JavaClass owner, ConstantPoolGen pool) {
    if (value instanceof GETSTATIC) {
      return SourceKind.SHARED;
    }
    if (value instanceof INVOKESTATIC call) {
      return call.getArgumentTypes(pool).length == 0 && ListenerCatalogue.isSingletonAccessor(call.getMethodName(pool))
          ? SourceKind.SHARED
          : SourceKind.OWN;
    }
    if (value instanceof ALOAD load && !method.isStatic() && load.getIndex() > 0) {
      return isCallersObject(method, owner) && load.getIndex() < argumentSlots(method) ? SourceKind.CALLERS : SourceKind.OWN;
    }
    return SourceKind.OWN;
  }

  /**
   * A parameter of {@code method} is the caller's object when other files can call it: a constructor
   * or a non-private, non-synthetic method, of a class that is neither private, local nor anonymous
   * (nor inside one) — as the InnerClasses attribute says.
   */
  static boolean isCallersObject(Method method, JavaClass owner) {
    boolean calledFromOtherFiles = method.getName().equals(Const.CONSTRUCTOR_NAME)
        || !method.isPrivate() && !method.isSynthetic();
    return calledFromOtherFiles && !isOnlyUsedInItsFile(owner);
  }

  private static boolean isOnlyUsedInItsFile(JavaClass javaClass) {
    String name = javaClass.getClassName();
    ConstantPool pool = javaClass.getConstantPool();
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof InnerClasses table) {
        for (InnerClass inner : table.getInnerClasses()) {
          String innerName = pool.getConstantString(inner.getInnerClassIndex(), Const.CONSTANT_Class).replace('/', '.');
          boolean selfOrAround = name.equals(innerName) || name.startsWith(innerName + "$");
          if (selfOrAround && ((inner.getInnerAccessFlags() & Const.ACC_PRIVATE) != 0 || inner.getOuterClassIndex() == 0)) {
            return true; // private, or local or anonymous (no outer class entry)
          }
        }
      }
    }
    return false;
  }

  private static boolean holdsThis(Instruction value, Method method, String owner, ConstantPoolGen pool) {
    if (value instanceof ALOAD load) {
      return load.getIndex() == 0 && !method.isStatic();
    }
    String self = "L" + owner.replace('.', '/') + ";";
    if (value instanceof INVOKEDYNAMIC lambda) {
      return lambda.getSignature(pool).contains(self);
    }
    if (value instanceof INVOKESPECIAL init && init.getMethodName(pool).equals(Const.CONSTRUCTOR_NAME)) {
      return init.getSignature(pool).contains(self) || keepsOuterInstance(init.getClassName(pool));
    }
    return false;
  }

  /** An inner or anonymous class with a {@code this$0} field: javac keeps it only when the body uses it. */
  static boolean keepsOuterInstance(String className) {
    XClass xclass = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(className));
    if (xclass == null) {
      return false;
    }
    for (XField field : xclass.getXFields()) {
      if (!field.isStatic() && field.getName().startsWith("this$")) {
        return true;
      }
    }
    return false;
  }

  private static int argumentSlots(Method method) {
    int slots = 1;
    for (Type argument : method.getArgumentTypes()) {
      slots += argument.getSize();
    }
    return slots;
  }

  private static JavaClass javaClassOf(ClassDescriptor descriptor) {
    try {
      return Global.getAnalysisCache().getClassAnalysis(JavaClass.class, descriptor);
    } catch (CheckedAnalysisException e) {
      return null;
    }
  }
}
