package io.github.leakproof.cases.resource;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Function;

/** Negative: createConnectionProxy(con) returns a view of the caller's connection, not a new one. */
public class ConnectionProxyOverBorrowedConnection {
  public <T> T withSuppressedClose(Connection con, Function<Connection, T> action) {
    Connection proxy = createConnectionProxy(con);
    return action.apply(proxy);
  }

  private Connection createConnectionProxy(Connection target) {
    return (Connection) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {Connection.class},
        (self, method, args) -> method.getName().equals("close") ? null : method.invoke(target, args));
  }
}
