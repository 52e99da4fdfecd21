package io.github.leakproof.spotbugs.collection;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.model.CollectionCatalogue;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;

/**
 * Which fields this check judges, and what the model says of their types: a {@code Collection} or
 * {@code Map} held statically, by an enum constant or by an obvious singleton (a class whose
 * constructors are all private, holding its own instance in a static final field), whose type is not
 * bounded or weak and whose keys (or set elements) are not few-valued. Answers are remembered.
 */
final class CollectionFields {
  private static final String ENUM = "java.lang.Enum";

  private final TypeNames types;
  private final boolean strictClassKeys;
  private final Map<XField, String> holders = new HashMap<>();
  private final Map<String, Boolean> collectionSignatures = new HashMap<>();

  CollectionFields(TypeNames types, boolean strictClassKeys) {
    this.types = types;
    this.strictClassKeys = strictClassKeys;
  }

  /** True for a field signature of a collection or map type (cheap: no holder or key questions). */
  boolean isCollectionSignature(String signature) {
    return collectionSignatures.computeIfAbsent(
        signature,
        s -> s.startsWith("L") && s.endsWith(";")
            && CollectionCatalogue.isCollection(types.typeAndSupertypes(s.substring(1, s.length() - 1))));
  }

  /** True if {@code field} is judged. */
  boolean isCandidate(XField field) {
    return field != null && holderOf(field) != null;
  }

  /** How the field lives forever, as the message says it ({@code "static"}, {@code "an enum"}…), or null if not judged. */
  String holderOf(XField field) {
    if (!holders.containsKey(field)) {
      holders.put(field, isCollectionSignature(field.getSignature()) && !isBoundedField(field) ? holder(field) : null);
    }
    return holders.get(field);
  }

  /** True for a bounded or weak type (an LRU {@code LinkedHashMap} subclass included), given as a class name. */
  boolean isBoundedType(String className) {
    return CollectionCatalogue.isBoundedType(types.typeAndSupertypes(className), overridesRemoveEldestEntry(className))
        || CollectionCatalogue.holdsEntriesWeakly(instanceFieldTypes(className));
  }

  /** The types of the instance fields of a class and its superclasses outside the JDK, read from their class files. */
  private List<List<String>> instanceFieldTypes(String className) {
    List<List<String>> fields = new java.util.ArrayList<>();
    XClass type = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(className.replace('/', '.')));
    for (int depth = 0; type != null && depth < 20
        && !type.getClassDescriptor().getDottedClassName().startsWith("java."); depth++) {
      for (edu.umd.cs.findbugs.ba.XField field : type.getXFields()) {
        String signature = field.getSignature();
        if (!field.isStatic() && signature.startsWith("L")) {
          fields.add(types.typeAndSupertypes(signature.substring(1, signature.length() - 1).replace('/', '.')));
        }
      }
      type = Classes.lookUp(type.getSuperclassDescriptor());
    }
    return fields;
  }

  private boolean isBoundedField(XField field) {
    String signature = field.getSignature();
    String className = signature.substring(1, signature.length() - 1);
    if (isBoundedType(className)) {
      return true;
    }
    List<String> names = types.typeAndSupertypes(className);
    if (!CollectionCatalogue.isMap(names) && !CollectionCatalogue.isSet(names)) {
      return false;
    }
    String key = firstTypeArgument(field.getSourceSignature());
    return key != null && CollectionCatalogue.isFewValuedKey(types.typeAndSupertypes(key), strictClassKeys);
  }

  private static String holder(XField field) {
    if (field.isStatic()) {
      return "static";
    }
    XClass owner = Classes.lookUp(field.getClassDescriptor());
    if (owner == null) {
      return null;
    }
    ClassDescriptor superclass = owner.getSuperclassDescriptor();
    if (superclass != null && superclass.getDottedClassName().equals(ENUM)) {
      return "an enum";
    }
    return isSingleton(owner) ? "a singleton" : null;
  }

  /** At least one constructor, all private, and a static final field of the class's own type. */
  private static boolean isSingleton(XClass type) {
    if (type.isAbstract() || type.isInterface()) {
      return false;
    }
    boolean constructors = false;
    for (XMethod method : type.getXMethods()) {
      if (method.getName().equals(Const.CONSTRUCTOR_NAME)) {
        if (!method.isPrivate()) {
          return false;
        }
        constructors = true;
      }
    }
    String own = "L" + type.getClassDescriptor().getClassName() + ";";
    boolean instanceField = type.getXFields().stream()
        .anyMatch(f -> f.isStatic() && f.isFinal() && f.getSignature().equals(own));
    return constructors && instanceField;
  }

  /** The class or one of its superclasses below {@code LinkedHashMap} declares {@code removeEldestEntry}. */
  private static boolean overridesRemoveEldestEntry(String className) {
    XClass type = Classes.lookUp(DescriptorFactory.createClassDescriptorFromDottedClassName(className.replace('/', '.')));
    for (int depth = 0; type != null && depth < 20
        && !type.getClassDescriptor().getDottedClassName().equals("java.util.LinkedHashMap"); depth++) {
      for (XMethod method : type.getXMethods()) {
        if (method.getName().equals(CollectionCatalogue.REMOVE_ELDEST_ENTRY)) {
          return true;
        }
      }
      type = Classes.lookUp(type.getSuperclassDescriptor());
    }
    return false;
  }

  /**
   * The erased class name of the first type argument of a generic field signature ({@code
   * Ljava/util/Map<Ljava/lang/Class<*>;Ljava/lang/String;>;} gives {@code java.lang.Class}), the upper
   * bound of a wildcard; null for a type variable, an unbounded wildcard or no type arguments.
   */
  static String firstTypeArgument(String genericSignature) {
    if (genericSignature == null) {
      return null;
    }
    int open = genericSignature.indexOf('<');
    if (open < 0 || open + 1 >= genericSignature.length()) {
      return null;
    }
    int at = open + 1;
    if (genericSignature.charAt(at) == '+') {
      at++;
    }
    if (genericSignature.charAt(at) != 'L') {
      return null;
    }
    int end = at + 1;
    while (end < genericSignature.length() && genericSignature.charAt(end) != ';' && genericSignature.charAt(end) != '<') {
      end++;
    }
    return genericSignature.substring(at + 1, end).replace('/', '.');
  }
}
