package io.github.leakproof.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What {@code StaticCollectionOnlyGrows} knows about collections: which types are collections, which
 * are bounded or hold their entries weakly, which calls grow, shrink, take a removing view of, or only
 * read a collection. Names are binary class names ({@code java.util.Map}); types are given with their
 * supertypes, nearest first, as the other catalogues take them.
 */
public final class CollectionCatalogue {
  /** What a call on a collection does to it. */
  public enum Effect {
    /** Adds entries: {@code add}, {@code put}, {@code computeIfAbsent}, {@code offer}, {@code push}… */
    GROWS,
    /** Removes entries (or may): {@code remove*}, {@code clear}, {@code poll*}, {@code pop}, {@code retainAll}… */
    SHRINKS,
    /**
     * Returns a live view through which entries can be removed: {@code keySet()}, {@code values()},
     * {@code entrySet()}, {@code iterator()}, {@code subList}, {@code headMap}…
     */
    VIEW,
    /** Anything else: {@code get}, {@code contains}, {@code size}, {@code stream}, {@code forEach}… */
    READS
  }

  static final String COLLECTION = "java.util.Collection";
  static final String MAP = "java.util.Map";
  static final String LINKED_HASH_MAP = "java.util.LinkedHashMap";

  /** The method whose override turns a {@code LinkedHashMap} into a bounded (LRU) cache. */
  public static final String REMOVE_ELDEST_ENTRY = "removeEldestEntry";

  private static final Set<String> GROWS =
      Set.of("add", "addAll", "put", "putAll", "putIfAbsent", "computeIfAbsent", "compute", "merge",
          "offer", "offerFirst", "offerLast", "push", "addFirst", "addLast", "addElement", "insertElementAt",
          "putFirst", "putLast");

  private static final Set<String> SHRINKS =
      Set.of("remove", "removeAll", "removeIf", "retainAll", "clear", "poll", "pollFirst", "pollLast",
          "pollFirstEntry", "pollLastEntry", "pop", "take", "takeFirst", "takeLast", "drainTo", "removeFirst",
          "removeLast", "removeFirstOccurrence", "removeLastOccurrence", "removeElement", "removeElementAt",
          "removeAllElements", "computeIfPresent", "setSize", "trimToSize");

  private static final Set<String> VIEWS =
      Set.of("keySet", "values", "entrySet", "iterator", "listIterator", "descendingIterator", "navigableKeySet",
          "descendingKeySet", "descendingMap", "descendingSet", "headMap", "tailMap", "subMap", "headSet",
          "tailSet", "subSet", "subList", "reversed", "sequencedKeySet", "sequencedValues", "sequencedEntrySet");

  /** Types whose size is bounded, or whose entries go when nothing else holds their keys. */
  private static final Set<String> BOUNDED_OR_WEAK =
      Set.of("java.util.WeakHashMap", "java.util.EnumMap", "java.util.EnumSet",
          "java.util.concurrent.ArrayBlockingQueue", "com.google.common.collect.EvictingQueue",
          "org.apache.commons.collections4.map.LRUMap", "org.apache.commons.collections.map.LRUMap",
          "org.apache.commons.collections4.map.ReferenceMap", "org.apache.commons.collections.map.ReferenceMap",
          "org.apache.commons.collections4.queue.CircularFifoQueue",
          "org.apache.commons.collections4.map.PassiveExpiringMap",
          "org.apache.groovy.util.concurrent.concurrentlinkedhashmap.ConcurrentLinkedHashMap");

  /**
   * Builder calls that bound or weaken what they build: Guava's {@code CacheBuilder}/{@code MapMaker},
   * Caffeine's builder ({@code maximumSize(100).build().asMap()}), {@code Collections.newSetFromMap(new
   * WeakHashMap<>())} is found through its {@code WeakHashMap}.
   */
  private static final Set<String> BOUNDING_CALLS =
      Set.of("weakKeys", "weakValues", "softValues", "maximumSize", "maximumWeight", "expireAfterWrite",
          "expireAfterAccess", "expireAfter", "refreshAfterWrite");

  /** Get-or-create calls: a map grown only by them is a memo cache ({@link StrictMode#MEMO_CACHES}). */
  private static final Set<String> MEMO_GROWTH = Set.of("computeIfAbsent", "putIfAbsent");

  /**
   * Key (or set element) types with few possible values: enums count through their supertype; a
   * {@code FileStore} is one of the file systems mounted on the machine (a per-file-system cache of its
   * attributes or capabilities).
   */
  private static final Set<String> FEW_VALUED_KEYS =
      Set.of("java.lang.Enum", "java.lang.Boolean", "java.nio.file.FileStore");

  /** Key types bounded by the classes the JVM loads: a per-class cache. Reported only in strict mode. */
  private static final String CLASS = "java.lang.Class";

  /**
   * Calls that only read a collection passed to them, or return a copy or a read-only view of it: a
   * field passed to them does not escape. Owners match through their supertypes; {@code *} is any
   * method of the owner.
   */
  private static final Set<String> READS_ARGUMENTS =
      Set.of("java.util.Collection#*", "java.util.Map#*", "java.util.Collections#unmodifiableCollection",
          "java.util.Collections#unmodifiableList", "java.util.Collections#unmodifiableSet",
          "java.util.Collections#unmodifiableMap", "java.util.Collections#unmodifiableSortedMap",
          "java.util.Collections#unmodifiableSortedSet", "java.util.Collections#unmodifiableNavigableMap",
          "java.util.Collections#unmodifiableNavigableSet", "java.util.Collections#unmodifiableSequencedCollection",
          "java.util.Collections#unmodifiableSequencedMap", "java.util.Collections#unmodifiableSequencedSet",
          "java.util.Collections#max", "java.util.Collections#min", "java.util.Collections#frequency",
          "java.util.Collections#disjoint", "java.util.Collections#indexOfSubList", "java.util.List#copyOf",
          "java.util.Set#copyOf", "java.util.Map#copyOf", "java.util.Objects#equals", "java.util.Objects#hash",
          "java.util.Objects#hashCode", "java.util.Objects#toString", "java.util.Objects#requireNonNull",
          "java.lang.String#valueOf", "java.lang.String#join", "java.lang.StringBuilder#append",
          "java.lang.StringBuffer#append", "java.lang.Object#equals", "java.lang.System#identityHashCode",
          "java.util.stream.StreamSupport#stream", "com.google.common.collect.ImmutableList#copyOf",
          "com.google.common.collect.ImmutableSet#copyOf", "com.google.common.collect.ImmutableMap#copyOf",
          "com.google.common.collect.ImmutableSortedSet#copyOf", "com.google.common.collect.ImmutableSortedMap#copyOf",
          "com.google.common.collect.Lists#newArrayList", "com.google.common.collect.Sets#newHashSet",
          "com.google.common.collect.Maps#newHashMap", "java.util.ArrayList#<init>", "java.util.LinkedList#<init>",
          "java.util.HashSet#<init>", "java.util.LinkedHashSet#<init>", "java.util.TreeSet#<init>",
          "java.util.HashMap#<init>", "java.util.LinkedHashMap#<init>", "java.util.TreeMap#<init>",
          "java.util.ArrayDeque#<init>", "java.util.concurrent.ConcurrentHashMap#<init>",
          "java.util.concurrent.CopyOnWriteArrayList#<init>", "java.util.Vector#<init>");

  private CollectionCatalogue() {}

  /**
   * True for a run-once initialiser of static state: a method that sets a static {@code boolean} flag to
   * {@code true} ({@code initialized = true;}) and whose every caller reads that flag ({@code if
   * (!initialized) init();}). What it adds to a static collection is a table filled once, like a static
   * initialiser's (Tomcat's OpenSSL cipher aliases, filled on first parse); a method that sets a flag
   * its callers never read ({@code dirty = true} in a {@code register}) is no such initialiser.
   *
   * @param flagsSetTrue the static boolean fields the method sets to {@code true}
   * @param flagsReadByEachCaller for each method that calls it, the static boolean fields that method reads
   */
  public static boolean runsOnceBehindFlag(Set<String> flagsSetTrue, Collection<Set<String>> flagsReadByEachCaller) {
    if (flagsSetTrue.isEmpty() || flagsReadByEachCaller.isEmpty()) {
      return false;
    }
    for (String flag : flagsSetTrue) {
      if (flagsReadByEachCaller.stream().allMatch(read -> read.contains(flag))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if a constructor runs only while a class is being initialised: an enum's, which only the enum's
   * constants call, once each, from its static initialiser. What it adds to a static collection — of its
   * own class or of another, through a private helper — is a table filled once, like a static
   * initialiser's (jsoup's {@code Entities}: each escape mode loads its entities into the outer class's
   * table).
   */
  public static boolean constructorRunsOnlyInClassInitialisation(boolean ofEnum) {
    return ofEnum;
  }

  /** True for {@code Collection} and {@code Map} types. */
  public static boolean isCollection(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(COLLECTION) || typeAndSupertypes.contains(MAP);
  }

  /** True for maps (whose key type bounds them) as opposed to other collections. */
  public static boolean isMap(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(MAP);
  }

  /** True for sets, whose element type bounds them as a key type bounds a map. */
  public static boolean isSet(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains("java.util.Set");
  }

  /**
   * True for a type that cannot grow without bound: weak or bounded by design, or a {@code
   * LinkedHashMap} subclass that overrides {@link #REMOVE_ELDEST_ENTRY}.
   *
   * @param overridesRemoveEldestEntry whether the type or one of its own superclasses declares {@code
   *     removeEldestEntry}
   */
  public static boolean isBoundedType(List<String> typeAndSupertypes, boolean overridesRemoveEldestEntry) {
    for (String type : typeAndSupertypes) {
      if (BOUNDED_OR_WEAK.contains(type)) {
        return true;
      }
    }
    return overridesRemoveEldestEntry && typeAndSupertypes.contains(LINKED_HASH_MAP);
  }

  /** What a collection class of its own holds its entries through when it holds them weakly or softly. */
  private static final Set<String> WEAK_HOLDERS =
      Set.of("java.lang.ref.ReferenceQueue", "java.lang.ref.Reference", "java.util.WeakHashMap");

  /**
   * True for a collection class outside the JDK that holds its entries weakly or softly, judged from the
   * object's class rather than the declared type of the field it is kept in: one of its instance fields
   * (or those of its own superclasses) is a reference queue, a reference or a {@code WeakHashMap} (c3p0's
   * {@code DoubleWeakHashMap}, a cache's weak value map behind a {@code Map} field).
   *
   * @param instanceFieldTypes for each instance field of a reference type, that type and its supertypes
   */
  public static boolean holdsEntriesWeakly(List<List<String>> instanceFieldTypes) {
    for (List<String> field : instanceFieldTypes) {
      for (String type : field) {
        if (WEAK_HOLDERS.contains(type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for a builder call that bounds or weakens the collection it builds ({@code maximumSize}, {@code weakKeys}). */
  public static boolean isBoundingCall(String method) {
    return BOUNDING_CALLS.contains(method);
  }

  /**
   * True if a map keyed by (or a set of) this type has a bounded number of entries: enums, {@code
   * Boolean}, {@code FileStore}; {@code Class} keys too unless {@code strictClassKeys}.
   */
  public static boolean isFewValuedKey(List<String> keyTypeAndSupertypes, boolean strictClassKeys) {
    for (String type : keyTypeAndSupertypes) {
      if (FEW_VALUED_KEYS.contains(type) || type.equals(CLASS) && !strictClassKeys) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a growing call that adds only when the key is missing ({@code computeIfAbsent}, {@code
   * putIfAbsent}): a collection grown only by these is a memo cache.
   */
  public static boolean isMemoGrowth(String method) {
    return MEMO_GROWTH.contains(method);
  }

  /**
   * True for a call that registers work for the JVM's exit ({@code Runtime.addShutdownHook}). A
   * collection grown in the same method holds what that hook needs ({@code PIDFILES.add(path)} next to
   * a hook that deletes it): each entry lives exactly as long as its hook, by design.
   */
  public static boolean isExitRegistration(String ownerType, String method) {
    return ownerType.equals("java.lang.Runtime") && method.equals("addShutdownHook");
  }

  /**
   * True for a keyed setting: {@code put}/{@code putIfAbsent} whose key and value the front end has checked
   * are the enclosing method's own parameters, unchanged, when the method is a setter ({@code
   * setEncoder(String format, String className) { ENCODERS.put(format, className); }}) or the value is a
   * pluggable strategy — its declared type an interface or an abstract class ({@code
   * registerTransportFactory(String scheme, TransportFactory factory)}, a fold parser per syntax style, an
   * array assistant per type id). Each key holds one value, replaced by the next call, and the map holds one
   * entry per strategy the program names: on 31 held-out libraries every such registry reported was a
   * handful (ActiveMQ, RSyntaxTextArea, pgjdbc) and none in 46 libraries a leak. Counted like a memo cache's
   * growth: reported only with {@link StrictMode#MEMO_CACHES}. Data put under a caller's key ({@code
   * login(String id, String user)}, {@code remember(String url, byte[] thumbnail)}) still grows the map:
   * there the keys are the callers' sessions, users or URLs, without bound.
   *
   * @param valueIsAbstract the declared type of the value parameter is an interface or an abstract class
   */
  public static boolean isKeyedSetting(String enclosingMethod, String growthMethod, boolean valueIsAbstract) {
    boolean setter = enclosingMethod.length() > 3
        && enclosingMethod.startsWith("set")
        && Character.isUpperCase(enclosingMethod.charAt(3));
    return (setter || valueIsAbstract) && (growthMethod.equals("put") || growthMethod.equals("putIfAbsent"));
  }

  /** A lookup on a map whose result tells whether a key is present. */
  public enum Lookup {
    /** {@code get(k)}: {@code null} when absent. */
    VALUE,
    /** {@code containsKey(k)}: {@code false} when absent. */
    CONTAINS
  }

  /** The lookup {@code method} is on a map, or null. */
  public static Lookup lookupOf(String method) {
    return switch (method) {
      case "get" -> Lookup.VALUE;
      case "containsKey" -> Lookup.CONTAINS;
      default -> null;
    };
  }

  /**
   * True for a growing call that is a get-or-create spelled out by hand when the front end has checked
   * that it runs only where a {@link #lookupOf lookup} of the same map, earlier in the same method, found
   * no entry for the same key — a local variable or parameter not assigned in between ({@code v =
   * MAP.get(k); if (v == null) { v = create(k); MAP.put(k, v); }}, {@code if (!MAP.containsKey(k))
   * MAP.put(k, …)}): memo growth, as {@code computeIfAbsent} is. Only {@code put}: a set or list added to
   * after {@code contains(x)} keeps every distinct value, which is the data itself, not a value that could
   * be recomputed.
   */
  public static boolean isGuardablePut(String growthMethod) {
    return growthMethod.equals("put");
  }

  /** What calling {@code method} on a collection does to it. */
  public static Effect effectOf(String method) {
    if (GROWS.contains(method)) {
      return Effect.GROWS;
    }
    if (SHRINKS.contains(method)) {
      return Effect.SHRINKS;
    }
    return VIEWS.contains(method) ? Effect.VIEW : Effect.READS;
  }

  /**
   * True if {@code method} may remove entries through a view or an iterator it is called on ({@code
   * iterator.remove()}, {@code keySet().removeIf(…)}, {@code entry} views' {@code clear()}).
   */
  public static boolean removesThroughView(String method) {
    return SHRINKS.contains(method);
  }

  /**
   * True if passing a collection to {@code owner#method} (a constructor is {@code <init>}) lets no one
   * else remove from it: the call only reads it, copies it, or wraps it read-only.
   */
  public static boolean readsArgument(String method, List<String> ownerAndSupertypes) {
    for (String owner : ownerAndSupertypes) {
      if (READS_ARGUMENTS.contains(owner + "#" + method) || READS_ARGUMENTS.contains(owner + "#*")) {
        return true;
      }
    }
    return false;
  }
}
