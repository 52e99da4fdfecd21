package io.github.leakproof.cases.innerclass;

import java.util.ArrayList;
import java.util.List;

/** Negative: an inner class that could be static (ClassCanBeStatic's business) is only used locally. */
public class CouldBeStaticButNotStored {
  public List<String> words(String text) {
    Splitter splitter = new Splitter();
    return splitter.split(text);
  }

  class Splitter {
    List<String> split(String text) {
      List<String> out = new ArrayList<>();
      for (String w : text.split(" ")) {
        out.add(w);
      }
      return out;
    }
  }
}
