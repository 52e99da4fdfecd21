package io.github.leakproof.cases.threadlocal;

import java.util.function.Consumer;

/** Negative: the caller of ScopeSettersRestoredThroughHelper's setters, restoring both through its helper. */
public class ScopeSettersRestoredThroughHelperImporter {
  public void importFile(String file, String prefix, String separator, Consumer<String> parser) {
    String oldPrefix = ScopeSettersRestoredThroughHelper.prefix();
    String oldSeparator = ScopeSettersRestoredThroughHelper.separator();
    try {
      String nested = oldPrefix == null ? prefix : oldPrefix + oldSeparator + prefix;
      applyScope(nested, separator);
      parser.accept(file);
    } finally {
      applyScope(oldPrefix, oldSeparator);
    }
  }

  private static void applyScope(String prefix, String separator) {
    ScopeSettersRestoredThroughHelper.setPrefix(prefix);
    ScopeSettersRestoredThroughHelper.setSeparator(separator);
  }
}
