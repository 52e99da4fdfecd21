package io.github.leakproof.cases.threadlocal;

/** Negative: the filter that clears PublicHolderRemovedByFilter.CLIENT_IP after each request. */
public class ClientIpFilter {
  public void doFilter(String ip, Runnable chain) {
    PublicHolderRemovedByFilter.remember(ip);
    try {
      chain.run();
    } finally {
      PublicHolderRemovedByFilter.CLIENT_IP.remove();
    }
  }
}
