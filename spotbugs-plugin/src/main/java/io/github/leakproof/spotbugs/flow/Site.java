package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.XField;

/**
 * Where an object the analysis follows comes from.
 *
 * @param kind what kind of origin
 * @param pc for {@link Kind#ACQUIRED}, the offset of the {@code new} or the call that made it
 * @param what for {@link Kind#ACQUIRED}, how findings name the object, e.g. {@code FileInputStream}
 * @param field for {@link Kind#FIELD}, the field read
 * @param parameter for {@link Kind#PARAMETER}, the parameter's index (0 = first declared parameter)
 * @param dependent for {@link Kind#ACQUIRED}: closed together with the object it came from (a result
 *     set of the caller's statement, any JDBC statement or result set), whose close covers it on
 *     exception paths
 * @param pairedRelease for {@link Kind#ACQUIRED}: the name of a call that releases it whatever it is
 *     called on ({@code closeJarFile} for what {@code openJarFile()} gave), or null
 */
public record Site(
    Kind kind, int pc, String what, XField field, int parameter, boolean dependent, String pairedRelease) {
  public enum Kind {
    /** Made in this method: someone must release it (an obligation). */
    ACQUIRED,
    /** One of the method's parameters, followed to see whether the method releases it. */
    PARAMETER,
    /** Read from a field, followed to see what the method does with the field's object. */
    FIELD
  }
}
