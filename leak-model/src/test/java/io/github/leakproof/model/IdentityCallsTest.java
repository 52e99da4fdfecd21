package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;
import static io.github.leakproof.model.IdentityCalls.TypeVariableUse.CONTAINS_IT;
import static io.github.leakproof.model.IdentityCalls.TypeVariableUse.IS_IT;
import static io.github.leakproof.model.IdentityCalls.TypeVariableUse.NONE;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which argument a generic method must give back, from its declared types. */
class IdentityCallsTest {
  @Test
  void theOnlyParameterOfTheReturnedTypeComesBack() {
    // <T> T requireNonNull(T obj, String message); <T> T checkNotNull(T t, String format, Object... args)
    assertThat(IdentityCalls.argumentReturned(List.of(IS_IT, NONE))).isEqualTo(0);
    assertThat(IdentityCalls.argumentReturned(List.of(IS_IT, NONE, NONE))).isEqualTo(0);
    // <T> T check(String what, T value)
    assertThat(IdentityCalls.argumentReturned(List.of(NONE, IS_IT))).isEqualTo(1);
  }

  @Test
  void noArgumentWhenAnotherValueOfTheTypeMayComeBack() {
    // <T> T firstNonNull(T first, T second)
    assertThat(IdentityCalls.argumentReturned(List.of(IS_IT, IS_IT))).isEqualTo(-1);
    // <T> T requireNonNullElseGet(T obj, Supplier<? extends T> supplier)
    assertThat(IdentityCalls.argumentReturned(List.of(IS_IT, CONTAINS_IT))).isEqualTo(-1);
    // <T> T first(List<T> values); <T> T create()
    assertThat(IdentityCalls.argumentReturned(List.of(CONTAINS_IT))).isEqualTo(-1);
    assertThat(IdentityCalls.argumentReturned(List.of())).isEqualTo(-1);
  }
}
