package io.github.leakproof.spotbugs.listener;

import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import io.github.leakproof.model.ListenerCatalogue.SourceKind;

/**
 * One registration call seen in the bytecode, kept until the whole program has been read: whether its
 * source may outlive the registrant and whether its listener holds the registrant are known then, as
 * they can depend on what other methods store in fields.
 *
 * @param registrant the class whose {@code this} registers (binary, dotted)
 * @param topLevel the outermost class around it
 * @param sourceFile {@link ProgramRemovals#sourceFileOf}
 * @param sourceType the type the registration method is called on
 * @param sourceKind whether the source is shared (static, a shared instance), the caller's (a parameter) or the registrant's own
 * @param sourceField the registrant's own field the source was read from, to be judged later; or null
 * @param holdsThis true if some argument holds the registrant
 * @param listenerField the registrant's own field a listener was read from, to be judged later; or null
 * @param handleType the simple name of the returned registration handle's type, or null
 * @param handleDropped true if that handle is popped right away
 * @param sourceKey where the source was read from in its method (a field or a local), or null
 */
record Registration(
    XMethod method,
    SourceLineAnnotation line,
    String registrant,
    String topLevel,
    String sourceFile,
    String name,
    String removal,
    String sourceType,
    SourceKind sourceKind,
    XField sourceField,
    boolean holdsThis,
    XField listenerField,
    String handleType,
    boolean handleDropped,
    String sourceKey) {}
