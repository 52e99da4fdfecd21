package io.github.leakproof.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which calls register a listener, observer or callback, and which call takes it away again (for
 * {@code ListenerNotRemoved}). A source keeps every registered listener reachable until it is removed:
 * a listener that references its registrant keeps that alive as long as the source lives.
 *
 * <p>Pairs: {@code add<Name>} is undone by {@code remove<Name>}; {@code register}/{@code unregister},
 * {@code subscribe}/{@code unsubscribe}, {@code addObserver}/{@code deleteObserver}, {@code
 * attach}/{@code detach}; and the pairs the user names in {@code Leakproof:ListenerPairs}.
 */
public final class ListenerCatalogue {
  /** Words that end the name of an {@code add…} method that registers something to be called back. */
  private static final List<String> CALLBACK_WORDS =
      List.of("Listener", "Observer", "Handler", "Callback", "Subscriber", "Watcher", "Hook");

  private static final Map<String, String> NAMED_PAIRS = namedPairs();

  /** Registrations that last as long as the application by design. */
  private static final Set<String> APPLICATION_LIFETIME = Set.of("java.lang.Runtime#addShutdownHook");

  /**
   * Sources that drop their listeners by themselves: a future releases its listeners and callbacks
   * when it completes ({@code ListenableFuture.addListener}, {@code Futures.addCallback}); an OSGi
   * framework removes every listener a bundle registered through its {@code BundleContext} when the
   * bundle stops.
   */
  private static final Set<String> SELF_RELEASING_SOURCES =
      Set.of(
          "java.util.concurrent.Future",
          "java.util.concurrent.CompletionStage",
          "com.google.common.util.concurrent.Futures",
          "org.osgi.framework.BundleContext");

  /**
   * Methods that restore a registration made by a constructor when an object is deserialised: they
   * mirror the constructor, which is the one judged.
   */
  private static final Set<String> DESERIALISATION_HOOKS = Set.of("readObject", "readResolve", "readObjectNoData");

  /** Wrappers that hold a listener weakly: registering one keeps nothing alive. */
  private static final List<String> WEAK_WRAPPER_WORDS = List.of("Weak");

  /**
   * Static, argument-less accessors that hand out one shared instance: a source reached through one
   * lives as long as the application ({@code EventBus.getDefault()}, {@code
   * KeyboardFocusManager.getCurrentKeyboardFocusManager()}).
   */
  private static final Set<String> SINGLETON_ACCESSORS = Set.of("getInstance", "getDefault", "getSingleton", "instance");

  private static final List<String> SINGLETON_ACCESSOR_PREFIXES = List.of("getDefault", "getCurrent", "getShared");

  /** Annotations that make a field injected: its value comes from outside and may outlive the object. */
  private static final Set<String> INJECTION_ANNOTATIONS =
      Set.of(
          "javax.inject.Inject",
          "jakarta.inject.Inject",
          "com.google.inject.Inject",
          "org.springframework.beans.factory.annotation.Autowired",
          "javax.annotation.Resource",
          "jakarta.annotation.Resource");

  private final Map<String, String> userPairs;

  private ListenerCatalogue(Map<String, String> userPairs) {
    this.userPairs = Map.copyOf(userPairs);
  }

  public static ListenerCatalogue of(LeakproofOptions options) {
    return new ListenerCatalogue(options.listenerPairs());
  }

  /**
   * The name of the call that undoes a registration by {@code method}, or null if {@code method} does
   * not register a listener: {@code addPropertyChangeListener} → {@code removePropertyChangeListener},
   * {@code addObserver} → {@code deleteObserver}, {@code register} → {@code unregister}.
   */
  public String removalFor(String method) {
    String user = userPairs.get(method);
    if (user != null) {
      return user;
    }
    String named = NAMED_PAIRS.get(method);
    if (named != null) {
      return named;
    }
    if (method.startsWith("add") && method.length() > 3 && Character.isUpperCase(method.charAt(3))) {
      for (String word : CALLBACK_WORDS) {
        if (method.endsWith(word) || method.endsWith(word + "s")) {
          return "remove" + method.substring(3);
        }
      }
    }
    return null;
  }

  /**
   * True if {@code method} undoes some registration: the removal of a named or user pair, or {@code
   * remove<Name>} for an {@code add<Name>} that registers.
   */
  public boolean isRemoval(String method) {
    if (userPairs.containsValue(method) || NAMED_PAIRS.containsValue(method)) {
      return true;
    }
    return method.startsWith("remove") && method.length() > 6
        && method.equals(removalFor("add" + method.substring(6)));
  }

  /** Where a registration's source comes from, as far as its lifetime goes. */
  public enum SourceKind {
    /** The registrant's own object or one it made: it dies with the registrant. */
    OWN,
    /** The caller's object: a constructor's or non-private method's parameter, or a field given one. */
    CALLERS,
    /** Lives as long as the application: a static field, an enum constant, a shared instance, an injected field. */
    SHARED;

    /** The longer-lived of two: a source given either may be either. */
    public SourceKind or(SourceKind other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  /**
   * Methods that end a listener's registrant's life, beyond those of every object ({@link
   * TimerCatalogue#isLifecycleEnd}): a component's {@code removeNotify()}, a UI delegate's {@code
   * uninstallUI}, a popup's {@code hide()}, an Android component's {@code onDestroy()}/{@code
   * onDetachedFromWindow()}, an OSGi component's {@code deactivate}.
   */
  private static final Set<String> UI_LIFECYCLE_ENDS =
      Set.of("removeNotify", "uninstallUI", "hide", "onDestroy", "onDetachedFromWindow", "deactivate");

  /** True for a method that ends a registrant's life: where its registrations should be undone. */
  public static boolean isLifecycleEnd(String method, Iterable<String> annotations) {
    return UI_LIFECYCLE_ENDS.contains(method) || TimerCatalogue.isLifecycleEnd(method, annotations);
  }

  /**
   * True if a listener that holds its registrant, added to a source of this kind and never removed, is
   * reported. A shared source outlives every registrant: always. The caller's object may or may not
   * outlive it, and on real code it mostly does not (a per-connection object a long-lived service
   * watches) or holds the registrant anyway (a model whose elements are the view's children): reported
   * when the registrant declares a lifecycle end — it knows when its life ends, and forgets the listener
   * there — or with {@code Strict=listener-parameters}.
   *
   * @param registrantHasLifecycleEnd the registrant's class (or a class around it) declares a method
   *     {@link #isLifecycleEnd}
   */
  public static boolean reportsNeverRemoved(
      SourceKind source, boolean registrantHasLifecycleEnd, LeakproofOptions options) {
    return source == SourceKind.SHARED
        || source == SourceKind.CALLERS
            && (registrantHasLifecycleEnd || options.isStrict(StrictMode.LISTENER_PARAMETERS));
  }

  /** True for registrations meant to last as long as the application ({@code addShutdownHook}). */
  public static boolean isApplicationLifetime(String method, List<String> ownerAndSupertypes) {
    for (String owner : ownerAndSupertypes) {
      if (APPLICATION_LIFETIME.contains(owner + "#" + method)) {
        return true;
      }
    }
    return false;
  }

  /** True for registrations on a source that drops its listeners by itself (a future, an OSGi bundle context). */
  public static boolean releasesListenersItself(List<String> ownerAndSupertypes) {
    for (String owner : ownerAndSupertypes) {
      if (SELF_RELEASING_SOURCES.contains(owner)) {
        return true;
      }
    }
    return false;
  }

  /** True for {@code readObject} and its kin, which redo what a constructor registered. */
  public static boolean isDeserialisationHook(String method) {
    return DESERIALISATION_HOOKS.contains(method);
  }

  /**
   * True for a call that hands an object to a source as the source's owner or parent ({@code
   * axis.setPlot(this)}, {@code plot.setChart(this)}): such a source is a part of that object, and
   * already holds it without any listener.
   */
  public static boolean isParentSetter(String method) {
    return method.startsWith("set") && method.length() > 3 && Character.isUpperCase(method.charAt(3));
  }

  /**
   * True if a source whose class declares an instance field of type {@code fieldType} holds the
   * registrant anyway, without the listener: the field's type is the registrant's own class or one of
   * its supertypes that is the program's (a text area's {@code FoldManager foldManager} field and the
   * fold manager that listens to it). Registering then adds no reachability: the two die together. The
   * JDK's types ({@code Object}, the listener interfaces, {@code Runnable}) say nothing of which object a
   * field holds, and do not count.
   *
   * @param registrantAndSupertypes the registrant's class, then its supertypes
   */
  public static boolean isHeldBySourceField(String fieldType, List<String> registrantAndSupertypes) {
    return !isPlatformType(fieldType) && registrantAndSupertypes.contains(fieldType);
  }

  private static boolean isPlatformType(String typeName) {
    return typeName.startsWith("java.") || typeName.startsWith("javax.") || typeName.startsWith("jdk.")
        || typeName.startsWith("sun.") || typeName.startsWith("com.sun.");
  }

  /** True for listener types that hold what they forward to weakly ({@code WeakListener}, {@code WeakChangeListener}). */
  public static boolean isWeakWrapper(String typeName) {
    String simple = typeName.substring(Math.max(typeName.lastIndexOf('.'), typeName.lastIndexOf('$')) + 1);
    for (String word : WEAK_WRAPPER_WORDS) {
      if (simple.startsWith(word)) {
        return true;
      }
    }
    return typeName.equals("java.lang.ref.WeakReference");
  }

  /**
   * True for the types of registration handles a caller must keep to undo a registration: an {@code
   * AutoCloseable}, or a type whose simple name says so ({@code Disposable}, {@code Subscription},
   * {@code Registration}, {@code ListenerHandle}).
   */
  public static boolean isRegistrationHandle(List<String> typeAndSupertypes) {
    if (typeAndSupertypes.contains(ResourceCatalogue.AUTO_CLOSEABLE)) {
      return true;
    }
    for (String type : typeAndSupertypes) {
      String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1)
          .toLowerCase(Locale.ROOT);
      if (simple.equals("disposable") || simple.endsWith("subscription") || simple.endsWith("registration")
          || simple.endsWith("handle")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a static method without parameters that hands out a shared instance: {@code
   * getInstance()}, {@code getDefault()}, {@code getDefaultToolkit()}, {@code
   * getCurrentKeyboardFocusManager()}.
   */
  public static boolean isSingletonAccessor(String method) {
    if (SINGLETON_ACCESSORS.contains(method)) {
      return true;
    }
    for (String prefix : SINGLETON_ACCESSOR_PREFIXES) {
      if (method.startsWith(prefix) && method.length() > prefix.length()
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True for an annotation that marks a field as injected ({@code @Inject}, {@code @Autowired}). */
  public static boolean isInjection(String annotation) {
    return INJECTION_ANNOTATIONS.contains(annotation);
  }

  private static Map<String, String> namedPairs() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("register", "unregister");
    pairs.put("subscribe", "unsubscribe");
    pairs.put("addObserver", "deleteObserver");
    pairs.put("attach", "detach");
    pairs.put("addListener", "removeListener");
    return Map.copyOf(pairs);
  }
}
