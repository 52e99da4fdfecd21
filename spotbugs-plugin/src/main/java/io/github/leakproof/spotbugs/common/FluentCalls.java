package io.github.leakproof.spotbugs.common;

import io.github.leakproof.model.ResourceCatalogue;
import java.util.List;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * Calls that may return the object they are called on: an instance method whose closeable result type
 * is the receiver's type or one of its supertypes ({@code channel.position(0)}, {@code
 * writer.append(x)}, {@code stream.filter(…)}). What the receiver must release, the result may have to.
 */
public final class FluentCalls {
  private FluentCalls() {}

  /**
   * @param receiverType the receiver's static type and its supertypes
   * @param resultType the call's return type
   */
  public static boolean mayReturnReceiver(List<String> receiverType, Type resultType, TypeNames types) {
    if (!(resultType instanceof ObjectType result)) {
      return false;
    }
    return ResourceCatalogue.mayReturnReceiver(types.typeAndSupertypes(result), receiverType);
  }
}
