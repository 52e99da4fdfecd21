package io.github.leakproof.cases.collection;

import java.util.HashMap;
import java.util.Map;

/**
 * ZooKeeper's admin Commands: a public register method, called in the program only from the static
 * initialiser that builds the command table. SpotBugs sees every caller and takes it as initialisation;
 * Error Prone sees one file, where a public method may be called from anywhere: a registry without
 * unregister.
 */
public final class PublicRegisterCalledOnlyFromStaticInit {
  /** An administrative command. */
  public interface Command {
    String name();
  }

  // NOT-SPOTBUGS: every call of register() in the analysed program is in a static initialiser
  // BUG: Diagnostic contains: StaticCollectionOnlyGrows
  private static final Map<String, Command> COMMANDS = new HashMap<>();

  static {
    register(() -> "stat");
    register(() -> "ruok");
  }

  private PublicRegisterCalledOnlyFromStaticInit() {}

  public static void register(Command command) {
    COMMANDS.put(command.name(), command);
  }

  public static Command get(String name) {
    return COMMANDS.get(name);
  }
}
