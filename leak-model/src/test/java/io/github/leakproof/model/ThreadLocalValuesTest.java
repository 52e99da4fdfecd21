package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.ThreadLocalFields.Facts;
import io.github.leakproof.model.ThreadLocalFields.Finding;
import io.github.leakproof.model.ThreadLocalValues.ClassLoaderPin;
import io.github.leakproof.model.ThreadLocalValues.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadLocalValuesTest {
  private static ValueType generic(String name, boolean isInterface, ValueType... arguments) {
    return new ValueType(name, isInterface, false, List.of(arguments));
  }

  @Test
  void theProgramsOwnClassesPinTheirClassLoader() {
    assertThat(ThreadLocalValues.pinOf(ValueType.plain("com.example.ScriptRunner"))).isEqualTo(ClassLoaderPin.PINS);
    assertThat(ThreadLocalValues.pinOf(ValueType.plain("com.example.ScriptRunner[]"))).isEqualTo(ClassLoaderPin.PINS);
  }

  @Test
  void theJdksValueTypesPinNothing() {
    for (String name : List.of("java.lang.Boolean", "java.lang.String", "java.text.SimpleDateFormat",
        "java.lang.StringBuilder", "java.security.MessageDigest", "java.util.Random", "byte[]", "int")) {
      assertThat(ThreadLocalValues.pinOf(ValueType.plain(name))).isEqualTo(ClassLoaderPin.NONE);
    }
  }

  @Test
  void containersAreJudgedByTheirTypeArguments() {
    ValueType string = ValueType.plain("java.lang.String");
    ValueType handler = ValueType.plain("com.example.Handler");
    assertThat(ThreadLocalValues.pinOf(generic("java.util.Stack", false, string))).isEqualTo(ClassLoaderPin.NONE);
    assertThat(ThreadLocalValues.pinOf(generic("java.util.Map", true, string, handler))).isEqualTo(ClassLoaderPin.PINS);
    assertThat(ThreadLocalValues.pinOf(generic("java.util.Map", true, string, ValueType.plain("java.lang.Object"))))
        .isEqualTo(ClassLoaderPin.MAY);
    assertThat(ThreadLocalValues.pinOf(generic("java.util.List", true, ValueType.unknown()))).isEqualTo(ClassLoaderPin.MAY);
    assertThat(ThreadLocalValues.pinOf(new ValueType("java.util.ArrayList", false, true, List.of())))
        .isEqualTo(ClassLoaderPin.MAY);
  }

  @Test
  void jdkInterfacesTheApplicationMayImplementMayPin() {
    assertThat(ThreadLocalValues.pinOf(generic("java.lang.Runnable", true))).isEqualTo(ClassLoaderPin.MAY);
    assertThat(ThreadLocalValues.pinOf(generic("java.util.function.Supplier", true, ValueType.plain("java.lang.String"))))
        .isEqualTo(ClassLoaderPin.MAY);
    assertThat(ThreadLocalValues.pinOf(ValueType.plain("java.lang.Object"))).isEqualTo(ClassLoaderPin.MAY);
  }

  @Test
  void fieldsAreJudgedByWhatTheyHold() {
    Facts pinningCache = new Facts(false, true, true, false, false, false, ClassLoaderPin.PINS);
    Facts jdkCache = new Facts(false, true, true, false, false, false, ClassLoaderPin.NONE);
    Facts maybeCache = new Facts(false, true, false, false, false, false, ClassLoaderPin.MAY);
    Facts switchReset = new Facts(false, false, true, true, false, false, ClassLoaderPin.NONE);
    Facts user = new Facts(true, false, true, false, false, false, ClassLoaderPin.NONE);
    assertThat(ThreadLocalFields.judge(pinningCache, false, false)).isEqualTo(Finding.PINS_CLASS_LOADER);
    assertThat(ThreadLocalFields.judge(jdkCache, true, false)).isEqualTo(Finding.NONE);
    assertThat(ThreadLocalFields.judge(jdkCache, true, true)).isEqualTo(Finding.ENTRY_LEFT);
    assertThat(ThreadLocalFields.judge(maybeCache, false, false)).isEqualTo(Finding.NONE);
    assertThat(ThreadLocalFields.judge(maybeCache, true, false)).isEqualTo(Finding.CACHE);
    assertThat(ThreadLocalFields.judge(switchReset, true, false)).isEqualTo(Finding.NONE);
    assertThat(ThreadLocalFields.judge(switchReset, true, true)).isEqualTo(Finding.ENTRY_LEFT);
    assertThat(ThreadLocalFields.judge(user, false, false)).isEqualTo(Finding.NEVER_REMOVED);
    Facts escaping = new Facts(true, false, true, false, false, true, ClassLoaderPin.PINS);
    assertThat(ThreadLocalFields.judge(escaping, true, true)).isEqualTo(Finding.NONE);
  }
}
