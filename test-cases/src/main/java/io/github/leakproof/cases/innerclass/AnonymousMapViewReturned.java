package io.github.leakproof.cases.innerclass;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Negative (from jetty-util's Attributes.asAttributeMap): a public method returns a live map view, an
 * anonymous AbstractMap with fields and methods of its own. It holds the outer instance by design, like
 * Map.keySet(); it is not double-brace initialisation.
 */
public class AnonymousMapViewReturned {
  private final Map<String, Object> attributes;

  public AnonymousMapViewReturned(Map<String, Object> attributes) {
    this.attributes = attributes;
  }

  public Map<String, Object> asMap() {
    return new AbstractMap<>() {
      private final Set<String> names = attributes.keySet();

      @Override
      public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<String, Object>> iterator() {
            Iterator<String> it = names.iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public Entry<String, Object> next() {
                String name = it.next();
                return new SimpleEntry<>(name, attributes.get(name));
              }
            };
          }

          @Override
          public int size() {
            return names.size();
          }
        };
      }
    };
  }
}
