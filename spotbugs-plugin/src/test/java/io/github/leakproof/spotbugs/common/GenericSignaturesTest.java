package io.github.leakproof.spotbugs.common;

import static com.google.common.truth.Truth.assertThat;
import static io.github.leakproof.model.IdentityCalls.TypeVariableUse.CONTAINS_IT;
import static io.github.leakproof.model.IdentityCalls.TypeVariableUse.IS_IT;
import static io.github.leakproof.model.IdentityCalls.TypeVariableUse.NONE;

import org.junit.jupiter.api.Test;

/** Reading, from a method's generic signature, how its parameters use the type variable it returns. */
class GenericSignaturesTest {
  @Test
  void nullChecksReturnTheirFirstParameter() {
    // <T> T requireNonNull(T obj, String message)
    assertThat(GenericSignatures.returnedTypeVariableUses("<T:Ljava/lang/Object;>(TT;Ljava/lang/String;)TT;"))
        .containsExactly(IS_IT, NONE)
        .inOrder();
    // <T extends Comparable<? super T>> T checkNotNull(T value, Object... details): bounded, varargs
    assertThat(GenericSignatures.returnedTypeVariableUses(
            "<T::Ljava/lang/Comparable<-TT;>;>(TT;[Ljava/lang/Object;)TT;"))
        .containsExactly(IS_IT, NONE)
        .inOrder();
  }

  @Test
  void containersOfTheVariableAndOtherReturnsAreTold() {
    // <T> T requireNonNullElseGet(T obj, Supplier<? extends T> supplier)
    assertThat(GenericSignatures.returnedTypeVariableUses(
            "<T:Ljava/lang/Object;>(TT;Ljava/util/function/Supplier<+TT;>;)TT;"))
        .containsExactly(IS_IT, CONTAINS_IT)
        .inOrder();
    // <K, V> V firstValue(Map<K, V> map, K key): returns V, mentioned only inside the map
    assertThat(GenericSignatures.returnedTypeVariableUses(
            "<K:Ljava/lang/Object;V:Ljava/lang/Object;>(Ljava/util/Map<TK;TV;>;TK;)TV;"))
        .containsExactly(CONTAINS_IT, NONE)
        .inOrder();
    // <T> List<T> listOf(T value): does not return a type variable; a class's own variable is not declared here
    assertThat(GenericSignatures.returnedTypeVariableUses("<T:Ljava/lang/Object;>(TT;)Ljava/util/List<TT;>;")).isEmpty();
    assertThat(GenericSignatures.returnedTypeVariableUses("(TV;)TV;")).isEmpty();
    assertThat(GenericSignatures.returnedTypeVariableUses(null)).isEmpty();
  }
}
