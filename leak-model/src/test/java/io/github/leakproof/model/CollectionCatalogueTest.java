package io.github.leakproof.model;

import static com.google.common.truth.Truth.assertThat;

import io.github.leakproof.model.CollectionCatalogue.Effect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectionCatalogueTest {
  private static final List<String> HASH_MAP = List.of("java.util.HashMap", "java.util.AbstractMap", "java.util.Map");

  @Test
  void collectionsAndMaps() {
    assertThat(CollectionCatalogue.isCollection(HASH_MAP)).isTrue();
    assertThat(CollectionCatalogue.isCollection(List.of("java.util.ArrayList", "java.util.List", "java.util.Collection")))
        .isTrue();
    assertThat(CollectionCatalogue.isCollection(List.of("com.google.common.cache.Cache"))).isFalse();
    assertThat(CollectionCatalogue.isMap(HASH_MAP)).isTrue();
  }

  @Test
  void boundedAndWeakTypes() {
    assertThat(CollectionCatalogue.isBoundedType(List.of("java.util.WeakHashMap", "java.util.Map"), false)).isTrue();
    assertThat(CollectionCatalogue.isBoundedType(List.of("java.util.RegularEnumSet", "java.util.EnumSet"), false))
        .isTrue();
    assertThat(CollectionCatalogue.isBoundedType(HASH_MAP, false)).isFalse();
    List<String> lru = List.of("com.example.Lru", "java.util.LinkedHashMap", "java.util.HashMap", "java.util.Map");
    assertThat(CollectionCatalogue.isBoundedType(lru, true)).isTrue();
    assertThat(CollectionCatalogue.isBoundedType(lru, false)).isFalse();
    assertThat(CollectionCatalogue.isBoundedType(HASH_MAP, true)).isFalse();
  }

  @Test
  void boundingBuilderCalls() {
    assertThat(CollectionCatalogue.isBoundingCall("maximumSize")).isTrue();
    assertThat(CollectionCatalogue.isBoundingCall("weakKeys")).isTrue();
    assertThat(CollectionCatalogue.isBoundingCall("build")).isFalse();
  }

  @Test
  void fewValuedKeys() {
    assertThat(CollectionCatalogue.isFewValuedKey(List.of("com.example.Color", "java.lang.Enum"), false)).isTrue();
    assertThat(CollectionCatalogue.isFewValuedKey(List.of("java.lang.Class"), false)).isTrue();
    assertThat(CollectionCatalogue.isFewValuedKey(List.of("java.lang.Class"), true)).isFalse();
    assertThat(CollectionCatalogue.isFewValuedKey(List.of("java.lang.String"), false)).isFalse();
  }

  @Test
  void effects() {
    assertThat(CollectionCatalogue.effectOf("computeIfAbsent")).isEqualTo(Effect.GROWS);
    assertThat(CollectionCatalogue.effectOf("addLast")).isEqualTo(Effect.GROWS);
    assertThat(CollectionCatalogue.effectOf("poll")).isEqualTo(Effect.SHRINKS);
    assertThat(CollectionCatalogue.effectOf("computeIfPresent")).isEqualTo(Effect.SHRINKS);
    assertThat(CollectionCatalogue.effectOf("keySet")).isEqualTo(Effect.VIEW);
    assertThat(CollectionCatalogue.effectOf("iterator")).isEqualTo(Effect.VIEW);
    assertThat(CollectionCatalogue.effectOf("get")).isEqualTo(Effect.READS);
    assertThat(CollectionCatalogue.removesThroughView("removeIf")).isTrue();
    assertThat(CollectionCatalogue.removesThroughView("next")).isFalse();
  }

  @Test
  void callsThatOnlyReadACollectionArgument() {
    assertThat(CollectionCatalogue.readsArgument("unmodifiableMap", List.of("java.util.Collections"))).isTrue();
    assertThat(CollectionCatalogue.readsArgument("addAll", List.of("java.util.ArrayList", "java.util.Collection")))
        .isTrue();
    assertThat(CollectionCatalogue.readsArgument("<init>", List.of("java.util.ArrayList"))).isTrue();
    assertThat(CollectionCatalogue.readsArgument("synchronizedMap", List.of("java.util.Collections"))).isFalse();
    assertThat(CollectionCatalogue.readsArgument("register", List.of("com.example.Registry"))).isFalse();
  }

  @Test
  void message() {
    assertThat(CollectionMessages.onlyGrows("CACHE", "static", "computeIfAbsent", 12))
        .startsWith("Static collection 'CACHE' only grows: computeIfAbsent(…) adds to it at run time (line 12)");
    assertThat(CollectionMessages.onlyGrows("handlers", "an enum", "add", 0))
        .startsWith("Collection held by an enum 'handlers'");
  }

  @Test
  void getOrCreateCallsAreMemoGrowth() {
    assertThat(CollectionCatalogue.isMemoGrowth("computeIfAbsent")).isTrue();
    assertThat(CollectionCatalogue.isMemoGrowth("putIfAbsent")).isTrue();
    assertThat(CollectionCatalogue.isMemoGrowth("put")).isFalse();
    assertThat(CollectionCatalogue.isMemoGrowth("merge")).isFalse();
  }

  @Test
  void putsGuardedByALookupOfTheirKeyAreMemoGrowth() {
    assertThat(CollectionCatalogue.lookupOf("get")).isEqualTo(CollectionCatalogue.Lookup.VALUE);
    assertThat(CollectionCatalogue.lookupOf("containsKey")).isEqualTo(CollectionCatalogue.Lookup.CONTAINS);
    assertThat(CollectionCatalogue.lookupOf("contains")).isNull();
    assertThat(CollectionCatalogue.isGuardablePut("put")).isTrue();
    assertThat(CollectionCatalogue.isGuardablePut("add")).isFalse();
  }

  @Test
  void aMethodSettingAFlagItsCallersReadRunsOnce() {
    Set<String> setsInitialized = Set.of("Parser.initialized");
    assertThat(CollectionCatalogue.runsOnceBehindFlag(
            setsInitialized, List.of(Set.of("Parser.initialized"), Set.of("Parser.initialized", "Parser.debug"))))
        .isTrue();
    assertThat(CollectionCatalogue.runsOnceBehindFlag(
            setsInitialized, List.of(Set.of("Parser.initialized"), Set.of("Parser.debug"))))
        .isFalse(); // one caller calls it without looking at the flag
    assertThat(CollectionCatalogue.runsOnceBehindFlag(setsInitialized, List.of())).isFalse(); // no caller seen
    assertThat(CollectionCatalogue.runsOnceBehindFlag(Set.of(), List.of(Set.of("Parser.initialized")))).isFalse();
  }
}
