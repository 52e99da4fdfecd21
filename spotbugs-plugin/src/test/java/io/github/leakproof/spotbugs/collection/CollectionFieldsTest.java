package io.github.leakproof.spotbugs.collection;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The key type read from a field's generic signature, which decides whether a map's keys bound it. */
class CollectionFieldsTest {
  @Test
  void firstTypeArgumentOfAGenericFieldSignature() {
    assertThat(CollectionFields.firstTypeArgument("Ljava/util/Map<Ljava/lang/Class<*>;Ljava/lang/String;>;"))
        .isEqualTo("java.lang.Class");
    assertThat(CollectionFields.firstTypeArgument("Ljava/util/Set<Ljava/util/concurrent/TimeUnit;>;"))
        .isEqualTo("java.util.concurrent.TimeUnit");
    assertThat(CollectionFields.firstTypeArgument("Ljava/util/Map<+Lcom/example/Color;Ljava/lang/Long;>;"))
        .isEqualTo("com.example.Color");
  }

  @Test
  void noTypeArgumentForTypeVariablesWildcardsAndRawTypes() {
    assertThat(CollectionFields.firstTypeArgument("Ljava/util/Map<TK;TV;>;")).isNull();
    assertThat(CollectionFields.firstTypeArgument("Ljava/util/List<*>;")).isNull();
    assertThat(CollectionFields.firstTypeArgument(null)).isNull();
    assertThat(CollectionFields.firstTypeArgument("Ljava/util/Map;")).isNull();
  }
}
