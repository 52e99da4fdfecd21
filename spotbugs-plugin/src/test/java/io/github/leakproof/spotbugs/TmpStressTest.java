package io.github.leakproof.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TmpStressTest {
  @Test
  void bigJars() throws Exception {
    String m2 = System.getProperty("user.home") + "/.m2/repository/";
    List<Path> jars = new ArrayList<>();
    for (String jar : System.getProperty("stress.jars", "").split(",")) {
      if (!jar.isBlank()) jars.add(jar.startsWith("/") ? Path.of(jar) : Path.of(m2 + jar));
    }
    long start = System.nanoTime();
    List<BugInstance> bugs = SpotBugsRun.analyse(jars, List.of(), Map.of());
    long ms = (System.nanoTime() - start) / 1_000_000;
    Map<String, Integer> counts = new TreeMap<>();
    for (BugInstance bug : bugs) {
      counts.merge(bug.getType(), 1, Integer::sum);
      if (bug.getType().startsWith("LEAK_") && System.getProperty("stress.print") != null) {
        System.out.println("FINDING " + bug.getType() + " " + bug.getPrimaryClass().getClassName() + ":"
            + (bug.getPrimarySourceLineAnnotation() == null ? -1 : bug.getPrimarySourceLineAnnotation().getStartLine())
            + " " + bug.getMessageWithoutPrefix());
      }
    }
    System.out.println("STRESS " + ms + " ms " + counts);
  }
}
