// COMPILE-WITH: ClientIpFilter.java
package io.github.leakproof.cases.threadlocal;

/** Negative: a public holder set here; the servlet-style filter in another class removes it. */
public final class PublicHolderRemovedByFilter {
  public static final ThreadLocal<String> CLIENT_IP = new ThreadLocal<>();

  private PublicHolderRemovedByFilter() {}

  static void remember(String ip) {
    CLIENT_IP.set(ip);
  }
}
