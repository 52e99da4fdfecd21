package io.github.leakproof.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which objects own an operating-system resource, where they come from, and what releases them.
 *
 * <p>Both front ends ask by name: a type as its binary name ({@code java.io.FileInputStream}, nested
 * types with {@code $}), listed with its supertypes, most specific first; a method by its owner and
 * simple name. The answers are the same for source (Error Prone) and bytecode (SpotBugs).
 *
 * <p>Precision comes first. An object is tracked only when it is known to own something: a
 * constructor of a resource type, a known factory, or a wrapper around something already tracked.
 * Everything else — an {@code InputStream} parameter, a getter's result, {@code System.out} — is
 * borrowed, and borrowing never needs a close.
 */
public final class ResourceCatalogue {
  /** What {@code new T(…)} gives. */
  public enum Construction {
    /** A new object that owns an OS resource: a file, socket, zip file … */
    OPENS_RESOURCE,
    /**
     * A closeable that takes over what it is given: {@code new BufferedReader(reader)} closes {@code
     * reader}. It owns a resource only if an argument did.
     */
    WRAPS_ARGUMENT,
    /** Owns nothing: a no-op closeable, or not closeable at all. */
    NO_RESOURCE
  }

  /** What calling a method gives. */
  public enum CallResult {
    /** A new resource the caller must close: {@code Files.newInputStream}, {@code DriverManager.getConnection}. */
    NEW_RESOURCE,
    /**
     * A resource closed together with the object it came from ({@code statement.executeQuery}
     * closes with its statement, {@code zipFile.getInputStream} with its zip file). It needs its own
     * close only when that object is not itself closed by this method.
     */
    CHILD_OF_RECEIVER,
    /** The same resource as the first argument, under a new face: {@code Channels.newInputStream(channel)}. */
    WRAPS_ARGUMENT,
    /** Nothing to close here. */
    BORROWED
  }

  static final String AUTO_CLOSEABLE = "java.lang.AutoCloseable";

  /** Types whose constructors open a resource (except as {@link #NOT_OPENING_FIRST_PARAMETERS} says). */
  private static final Set<String> RESOURCE_TYPES =
      Set.of(
          // java.io
          "java.io.FileInputStream",
          "java.io.FileOutputStream",
          "java.io.FileReader",
          "java.io.FileWriter",
          "java.io.RandomAccessFile",
          // java.net
          "java.net.Socket",
          "java.net.ServerSocket",
          "java.net.DatagramSocket",
          "java.net.MulticastSocket",
          "java.net.URLClassLoader",
          // javax.imageio.stream
          "javax.imageio.stream.FileImageInputStream",
          "javax.imageio.stream.FileImageOutputStream",
          // java.util.zip / java.util.jar
          "java.util.zip.ZipFile",
          "java.util.jar.JarFile");

  /**
   * Closeables that own nothing: closing them does nothing, so never closing them leaks nothing.
   * Their subclasses are in memory too.
   */
  private static final Set<String> NO_OP_TYPES =
      Set.of(
          "java.io.ByteArrayInputStream",
          "java.io.ByteArrayOutputStream",
          "java.io.StringReader",
          "java.io.StringWriter",
          "java.io.CharArrayReader",
          "java.io.CharArrayWriter",
          "java.io.StringBufferInputStream",
          "java.io.PipedInputStream",
          "java.io.PipedOutputStream",
          "java.io.PipedReader",
          "java.io.PipedWriter",
          // commons-io's in-memory pipe over a BlockingQueue
          "org.apache.commons.io.input.QueueInputStream",
          "org.apache.commons.io.output.QueueOutputStream");

  /**
   * Wrapper types that open a file when their first constructor parameter names one: {@code new
   * PrintWriter("out.txt")}, {@code new Scanner(file)}. With any other first parameter they wrap.
   */
  private static final Map<String, Set<String>> OPENING_FIRST_PARAMETERS =
      Map.of(
          "java.io.PrintWriter", Set.of("java.lang.String", "java.io.File"),
          "java.io.PrintStream", Set.of("java.lang.String", "java.io.File"),
          "java.util.Formatter", Set.of("java.lang.String", "java.io.File"),
          "java.util.Scanner", Set.of("java.io.File", "java.nio.file.Path"));

  /**
   * Compressing and decompressing streams (and their subclasses: {@code GZIPOutputStream}, {@code
   * ZipOutputStream}, {@code GZIPInputStream}, {@code ZipInputStream}, the {@code Jar…} streams) → the
   * type of the engine a constructor may be given. Built without one, the stream makes its own {@code
   * Deflater} or {@code Inflater}, whose native zlib memory only its {@code close()} releases ({@code
   * end()}), whatever it wraps: it opens a resource even over a {@code ByteArrayOutputStream} or a
   * caller's stream. Given the caller's engine, it leaves that engine alone and only wraps.
   */
  private static final Map<String, String> OWN_ENGINE_UNLESS_GIVEN =
      Map.of(
          "java.util.zip.DeflaterOutputStream", "java.util.zip.Deflater",
          "java.util.zip.DeflaterInputStream", "java.util.zip.Deflater",
          "java.util.zip.InflaterInputStream", "java.util.zip.Inflater",
          "java.util.zip.InflaterOutputStream", "java.util.zip.Inflater");

  /**
   * Holders that are not closeable and never close the stream they are given: a SAX {@code
   * InputSource}, a JAXP {@code StreamSource}/{@code StreamResult}. {@code parse(new InputSource(new
   * FileInputStream(f)))} leaves the file open; returning the holder hands the stream on with it.
   */
  private static final Set<String> BORROWING_HOLDERS =
      Set.of("org.xml.sax.InputSource", "javax.xml.transform.stream.StreamSource",
          "javax.xml.transform.stream.StreamResult");

  /**
   * A first parameter of one of these types means "use an already open descriptor" or "fill in
   * later": nothing new is opened ({@code new FileInputStream(FileDescriptor.in)}, a {@code Socket}
   * subclass built around a {@code SocketImpl} for {@code implAccept}).
   */
  private static final Set<String> NOT_OPENING_FIRST_PARAMETERS = Set.of("java.io.FileDescriptor", "java.net.SocketImpl");

  /** {@code owner#method} → what the call gives. Owners match through the receiver's supertypes. */
  private static final Map<String, CallResult> FACTORIES = factories();

  /** Static helpers that close every closeable they are given, whatever their names. */
  private static final Set<String> CLOSE_HELPERS =
      Set.of(
          "org.apache.commons.io.IOUtils#closeQuietly",
          "org.apache.commons.io.IOUtils#close",
          "com.google.common.io.Closeables#close",
          "com.google.common.io.Closeables#closeQuietly",
          "org.apache.commons.dbutils.DbUtils#close",
          "org.apache.commons.dbutils.DbUtils#closeQuietly",
          "org.apache.commons.dbutils.DbUtils#commitAndClose",
          "org.apache.commons.dbutils.DbUtils#commitAndCloseQuietly",
          "org.apache.commons.dbutils.DbUtils#rollbackAndClose",
          "org.apache.commons.dbutils.DbUtils#rollbackAndCloseQuietly",
          "org.eclipse.jetty.util.IO#close",
          "org.springframework.jdbc.support.JdbcUtils#closeConnection",
          "org.springframework.jdbc.support.JdbcUtils#closeStatement",
          "org.springframework.jdbc.support.JdbcUtils#closeResultSet",
          // commons-fileupload's Streams.copy (and Tomcat's copy of it) closes the input stream.
          "org.apache.commons.fileupload.util.Streams#copy",
          "org.apache.tomcat.util.http.fileupload.util.Streams#copy",
          // Spring's FileCopyUtils closes the streams it copies (its StreamUtils does not).
          "org.springframework.util.FileCopyUtils#copy",
          "org.springframework.util.FileCopyUtils#copyToByteArray",
          "org.springframework.util.FileCopyUtils#copyToString",
          // Jackson closes the stream or reader it parses (JsonParser.Feature.AUTO_CLOSE_SOURCE, on by default).
          "com.fasterxml.jackson.databind.ObjectMapper#readValue",
          "com.fasterxml.jackson.databind.ObjectMapper#readTree",
          "com.fasterxml.jackson.databind.ObjectReader#readValue",
          "com.fasterxml.jackson.databind.ObjectReader#readTree");

  /**
   * Classes whose static helpers close the streams and readers they are given: Groovy's {@code
   * IOGroovyMethods} ({@code getText(in)}, {@code eachLine(reader, …)}, {@code withStream(…)}).
   */
  private static final Set<String> CLOSING_OWNERS = Set.of("org.codehaus.groovy.runtime.IOGroovyMethods");

  /**
   * The loan pattern: {@code withReader(reader, closure)}, {@code withCloseable(c, action)} run the
   * action and close what they were lent.
   */
  private static final List<String> LOAN_PREFIXES = List.of("with");

  /**
   * Words that, starting a method's name or (for {@code close}) anywhere in it, make the method a
   * release: {@code close()}, {@code closeQuietly(in)}, {@code safeClose(in)}, {@code dispose()}.
   * Generous on purpose: wrongly believing something closes costs a missed leak; wrongly believing it
   * does not costs a false alarm.
   */
  private static final List<String> RELEASE_PREFIXES =
      List.of("release", "dispose", "destroy", "cleanup", "cleanUp", "abort", "disconnect", "terminate", "free",
          "shutdown");

  /**
   * Method-name prefixes of calls that keep what they are given (a collection's {@code add}, a
   * holder's {@code set…}, a registry's {@code register}) or build an object around it ({@code
   * createClient(socket)}, {@code wrap(stream)}): ownership passes on.
   */
  private static final List<String> STORING_PREFIXES =
      List.of("add", "put", "set", "register", "offer", "push", "store", "attach", "manage", "track",
          "keep", "retain", "bind", "enqueue", "submit", "execute", "schedule", "create", "build", "wrap",
          "make");

  /**
   * Methods that keep what they are given although their names do not say so: Netty's bootstrap
   * {@code group(boss, workers)} keeps the event loop groups, and whoever holds the bootstrap (its
   * {@code config().group()}) stops them.
   */
  private static final Set<String> KEEPING_METHODS =
      Set.of("io.netty.bootstrap.AbstractBootstrap#group", "io.netty.bootstrap.ServerBootstrap#group");

  /**
   * Owners whose {@code set…}/{@code update…} methods only read what they are given: a JDBC driver
   * reads the stream passed to {@code setBinaryStream} when the statement runs, and never closes it.
   */
  private static final Set<String> READING_SETTERS =
      Set.of("java.sql.PreparedStatement", "java.sql.CallableStatement", "java.sql.ResultSet");

  /**
   * Factories whose result is kept by a registry when their first parameter has this type: {@code
   * FileSystems.newFileSystem(URI, env)} registers the file system with its provider (so that {@code
   * Path.of(uri)} finds it), while {@code newFileSystem(Path)} opens one only the caller holds.
   */
  private static final Map<String, String> REGISTERED_WHEN_FIRST_PARAMETER =
      Map.of("java.nio.file.FileSystems#newFileSystem", "java.net.URI");

  /** Name prefixes of methods whose closeable result wraps the resource they are given. */
  private static final List<String> WRAPPING_PREFIXES = List.of("new", "create", "open", "wrap", "make", "build");

  /** Name prefixes of methods whose closeable result is new, when nothing else says so. */
  private static final List<String> OPENING_PREFIXES = List.of("open", "new", "create");

  /**
   * Declared result types never counted as opened by {@link #OPENING_PREFIXES} alone: too generic, or
   * owned by a container (a servlet request's and response's streams).
   */
  private static final Set<String> NOT_OPENED_BY_NAME =
      Set.of(
          "java.util.stream.BaseStream",
          "java.lang.AutoCloseable",
          "java.io.Closeable",
          "javax.servlet.ServletInputStream",
          "javax.servlet.ServletOutputStream",
          "jakarta.servlet.ServletInputStream",
          "jakarta.servlet.ServletOutputStream");

  /** Families of types whose {@code open…}/{@code new…}/{@code create…} results count as new resources. */
  private static final Set<String> RESOURCE_FAMILIES =
      Set.of(
          "java.io.InputStream",
          "java.io.OutputStream",
          "java.io.Reader",
          "java.io.Writer",
          "java.nio.channels.Channel",
          "java.sql.Connection",
          "java.sql.Statement",
          "java.sql.ResultSet",
          "java.net.Socket",
          "java.net.ServerSocket",
          "java.util.zip.ZipFile",
          "java.nio.file.DirectoryStream",
          "java.nio.file.FileSystem",
          "java.nio.file.WatchService");

  private final Set<String> userTypes;
  private final Set<String> userFactories;
  private final Set<String> userCloseMethods;

  private ResourceCatalogue(Set<String> userTypes, Set<String> userFactories, Set<String> userCloseMethods) {
    this.userTypes = Set.copyOf(userTypes);
    this.userFactories = Set.copyOf(userFactories);
    this.userCloseMethods = Set.copyOf(userCloseMethods);
  }

  public static ResourceCatalogue of(LeakproofOptions options) {
    return new ResourceCatalogue(options.resourceTypes(), options.resourceFactories(), options.closeMethods());
  }

  /**
   * What {@code new T(…)} gives.
   *
   * @param typeAndSupertypes {@code T} first, then all its supertypes (classes and interfaces)
   * @param parameterTypes the erased parameter types of the constructor called
   */
  public Construction construction(List<String> typeAndSupertypes, List<String> parameterTypes) {
    if (!typeAndSupertypes.isEmpty() && BORROWING_HOLDERS.contains(typeAndSupertypes.get(0))) {
      return Construction.WRAPS_ARGUMENT; // carries the stream, but closes nothing: it stays the caller's
    }
    if (!typeAndSupertypes.contains(AUTO_CLOSEABLE)) {
      return Construction.NO_RESOURCE;
    }
    String first = parameterTypes.isEmpty() ? "" : parameterTypes.get(0);
    for (String type : typeAndSupertypes) {
      if (NO_OP_TYPES.contains(type)) {
        return Construction.NO_RESOURCE;
      }
      if (userTypes.contains(type)) {
        return Construction.OPENS_RESOURCE;
      }
      Set<String> opening = OPENING_FIRST_PARAMETERS.get(type);
      if (opening != null) {
        return opening.contains(first) ? Construction.OPENS_RESOURCE : Construction.WRAPS_ARGUMENT;
      }
      if (RESOURCE_TYPES.contains(type)) {
        return NOT_OPENING_FIRST_PARAMETERS.contains(first) ? Construction.NO_RESOURCE : Construction.OPENS_RESOURCE;
      }
      String engine = OWN_ENGINE_UNLESS_GIVEN.get(type);
      if (engine != null) {
        return parameterTypes.contains(engine) ? Construction.WRAPS_ARGUMENT : Construction.OPENS_RESOURCE;
      }
    }
    return Construction.WRAPS_ARGUMENT;
  }

  /**
   * True for closeable types ({@code AutoCloseable} and its subtypes): the only types whose objects
   * this catalogue can ever call resources. A front end may skip code that mentions none.
   */
  public static boolean isCloseable(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(AUTO_CLOSEABLE);
  }

  /**
   * True if {@code method}, called on an object of one of {@code ownerAndSupertypes}, closes that object
   * when it fails: a failed connect closes the socket or channel it was called on (the JDK's
   * {@code Socket.connect} and {@code SocketChannel.connect}), so its exception is no path on which the
   * object leaks. Its other exceptions' paths and its normal path are unchanged.
   */
  public static boolean closesReceiverOnFailure(List<String> ownerAndSupertypes, String method) {
    return method.equals("connect")
        && (ownerAndSupertypes.contains("java.net.Socket")
            || ownerAndSupertypes.contains("java.nio.channels.SocketChannel"));
  }

  /**
   * True for JDBC's statements and result sets, whatever made them: each belongs to the connection (or
   * statement) it came from, whose {@code close()} closes it (JDBC 4.3, sections 13.1.4 and 15.2.5), and
   * the connection pools (HikariCP, DBCP, c3p0) close a connection's open statements when it is given
   * back. One left open only when an exception leaves the method lives until its connection is closed
   * or returned: not a leak that piles up, so it is reported only with {@code
   * Strict=child-exception-paths}. One never closed on a normal path still is (it piles up on a
   * long-lived connection).
   */
  public static boolean isClosedWithItsParent(List<String> typeAndSupertypes) {
    return typeAndSupertypes.contains(JDBC_STATEMENT) || typeAndSupertypes.contains(JDBC_RESULT_SET);
  }

  /**
   * True if what a call on a held resource gives leads back to it: a result set has {@code
   * getStatement()}, so one that a held statement hands out — through JDBC's methods, a driver's own
   * {@code executeQuery(sql, closeStatement)} on its implementation type, a current-result getter —
   * carries the statement: returning or storing it hands the statement on. Not a new resource by itself.
   */
  public static boolean leadsBackToReceiver(List<String> resultAndSupertypes) {
    return resultAndSupertypes.contains(JDBC_RESULT_SET);
  }

  private static final String JDBC_STATEMENT = "java.sql.Statement";
  private static final String JDBC_RESULT_SET = "java.sql.ResultSet";

  /**
   * Option setters of sockets: while the socket is open they only record a value or pass it to the
   * operating system, which accepts any valid one (they declare {@code SocketException} for a closed
   * socket). Called on a resource the method holds open, their exception is no way out: reporting it
   * would name a call that cannot throw there, and hide the one that can.
   */
  private static final Set<String> SOCKET_OPTION_SETTERS =
      Set.of("setSoTimeout", "setSoLinger", "setTcpNoDelay", "setKeepAlive", "setReceiveBufferSize",
          "setSendBufferSize", "setReuseAddress", "setOOBInline", "setTrafficClass", "setPerformancePreferences",
          "setBroadcast", "setOption");

  private static final Set<String> SOCKETS =
      Set.of("java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket",
          "java.nio.channels.NetworkChannel");

  /**
   * Calls on a channel that, while it is open, only read back what it recorded: {@code
   * getRemoteAddress()}, {@code getLocalAddress()} (they throw {@code ClosedChannelException} for a
   * closed channel). Made right after {@code accept()} to log the peer (Proton-J, Apache JCS). Not
   * {@code configureBlocking(…)}: it asks the operating system to switch the descriptor's mode, which
   * can fail, however rarely (verdicts on ZooKeeper, MINA and Java-WebSocket count that path).
   */
  private static final Set<String> CHANNEL_STATE_CALLS = Set.of("getRemoteAddress", "getLocalAddress");

  private static final Set<String> CHANNELS =
      Set.of("java.nio.channels.SelectableChannel", "java.nio.channels.NetworkChannel");

  /**
   * A socket's own streams: on an open socket, {@code getInputStream()} and {@code getOutputStream()}
   * fail only when it is not connected or that direction was shut down — a program reading a socket it
   * holds has connected it (an accepted socket always is). They do no I/O; taken right after {@code
   * accept()} to hand both to a handler (NanoHTTPD's server loop, Commons Net's rexec/rcmd clients).
   */
  private static final Set<String> SOCKET_STREAM_CALLS = Set.of("getInputStream", "getOutputStream");

  private static final String SOCKET = "java.net.Socket";

  /** True if calling {@code method} on an open resource of this type cannot fail ({@code socket.setSoTimeout(ms)}). */
  public static boolean cannotFailWhileOpen(List<String> ownerAndSupertypes, String method) {
    return SOCKET_OPTION_SETTERS.contains(method) && ownerAndSupertypes.stream().anyMatch(SOCKETS::contains)
        || CHANNEL_STATE_CALLS.contains(method) && ownerAndSupertypes.stream().anyMatch(CHANNELS::contains)
        || SOCKET_STREAM_CALLS.contains(method) && ownerAndSupertypes.contains(SOCKET);
  }

  /**
   * Calls that hand their receiver on: {@code channel.register(selector, ops)} puts the channel in the
   * selector's key set, where it stays until its key is cancelled or it is closed, and where the program
   * reaches it again ({@code key.channel().close()}, a loop over {@code selector.keys()} at shutdown), as
   * every selector loop does. The selector owns it from there (Apache JCS's lateral listener, dnsjava's
   * TCP client).
   */
  private static final Set<String> RECEIVER_KEEPING_CALLS = Set.of("java.nio.channels.SelectableChannel#register");

  /** True if calling {@code method} on a resource of this type hands the resource on to what the call registers it with. */
  public static boolean handsReceiverOn(List<String> ownerAndSupertypes, String method) {
    for (String owner : ownerAndSupertypes) {
      if (RECEIVER_KEEPING_CALLS.contains(owner + "#" + method)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a boolean query on an open resource tells: {@code TRUE} if it answering {@code true} means
   * the resource is already closed ({@code isClosed()}), {@code FALSE} if answering {@code false} means
   * so ({@code isOpen()}), else null.
   */
  public static Boolean closedWhen(String method) {
    return switch (method) {
      case "isClosed" -> Boolean.TRUE;
      case "isOpen" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * What a static null query on its one argument tells: {@code TRUE} if its answering {@code true}
   * means the argument is {@code null} ({@code Objects.isNull(x)}, like {@code x == null}), {@code
   * FALSE} if it means the argument is not ({@code Objects.nonNull(x)}, like {@code x != null}), else
   * null. A branch on it says what a branch on the comparison would.
   */
  public static Boolean nullWhen(String owner, String method) {
    if (!owner.equals("java.util.Objects")) {
      return null;
    }
    return switch (method) {
      case "isNull" -> Boolean.TRUE;
      case "nonNull" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * The release that pairs with a resource from an {@code open…()} method: {@code openJarFile} →
   * {@code closeJarFile} (a reference-counted resource is given back, not closed); null for other names.
   */
  public static String pairedRelease(String openingMethod) {
    return openingMethod.startsWith("open")
            && openingMethod.length() > 4
            && Character.isUpperCase(openingMethod.charAt(4))
        ? "close" + openingMethod.substring(4)
        : null;
  }

  /**
   * True if an instance call on a held resource may return that same object: its result is closeable
   * and its type is the receiver's type or a supertype of it ({@code channel.position(0)}, {@code
   * writer.append(x)} — fluent {@code return this}).
   *
   * @param resultAndSupertypes the call's return type first, then its supertypes
   * @param receiverAndSupertypes the receiver's static type and its supertypes
   */
  public static boolean mayReturnReceiver(List<String> resultAndSupertypes, List<String> receiverAndSupertypes) {
    return !resultAndSupertypes.isEmpty()
        && resultAndSupertypes.contains(AUTO_CLOSEABLE)
        && receiverAndSupertypes.contains(resultAndSupertypes.get(0));
  }

  /**
   * Calls whose result is the same OS resource as the object they are called on, under another face:
   * closing the channel of a {@code RandomAccessFile} closes the file, and the other way round; a
   * socket channel's {@code socket()} is its adaptor, whose {@code close()} closes the channel (so
   * {@code return channel.socket()} hands the channel on, and {@code channel.socket().bind(…)} only uses it).
   */
  private static final Set<String> SAME_RESOURCE_AS_RECEIVER =
      Set.of("java.io.RandomAccessFile#getChannel", "java.io.FileInputStream#getChannel",
          "java.io.FileOutputStream#getChannel", "java.nio.channels.SocketChannel#socket",
          "java.nio.channels.ServerSocketChannel#socket", "java.nio.channels.DatagramChannel#socket");

  /** True if calling {@code method} on a resource gives the same resource under another face. */
  public static boolean isSameResourceAsReceiver(String method, List<String> ownerAndSupertypes) {
    for (String owner : ownerAndSupertypes) {
      if (SAME_RESOURCE_AS_RECEIVER.contains(owner + "#" + method)) {
        return true;
      }
    }
    return false;
  }

  /** True for in-memory closeables ({@code ByteArrayOutputStream}, {@code StringWriter} …) and their subtypes. */
  public boolean isNoOp(List<String> typeAndSupertypes) {
    for (String type : typeAndSupertypes) {
      if (NO_OP_TYPES.contains(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What calling {@code method} gives.
   *
   * @param ownerAndSupertypes the type the method is called on (the receiver's static type) then its
   *     supertypes; for a static method only its declaring class (a subclass's own {@code open()}
   *     is not {@code FileChannel.open})
   * @param resultAndSupertypes the method's erased return type, then its supertypes
   */
  public CallResult callResult(String method, List<String> ownerAndSupertypes, List<String> resultAndSupertypes) {
    return callResult(method, ownerAndSupertypes, resultAndSupertypes, List.of());
  }

  /**
   * What calling {@code method} gives, knowing the erased parameter types of the overload called
   * (some factories differ by overload).
   */
  public CallResult callResult(
      String method, List<String> ownerAndSupertypes, List<String> resultAndSupertypes, List<String> parameterTypes) {
    if (!resultAndSupertypes.isEmpty() && !resultAndSupertypes.contains(AUTO_CLOSEABLE)) {
      return CallResult.BORROWED; // a void, primitive or plain result carries nothing to close
    }
    for (String owner : ownerAndSupertypes) {
      String registered = REGISTERED_WHEN_FIRST_PARAMETER.get(owner + "#" + method);
      if (registered != null && !parameterTypes.isEmpty() && parameterTypes.get(0).equals(registered)) {
        return CallResult.BORROWED;
      }
    }
    for (String owner : ownerAndSupertypes) {
      String key = owner + "#" + method;
      if (userFactories.contains(key)) {
        return CallResult.NEW_RESOURCE;
      }
      CallResult known = FACTORIES.get(key);
      if (known != null) {
        return known;
      }
    }
    if (lendsConnection(method, ownerAndSupertypes, resultAndSupertypes)) {
      return CallResult.NEW_RESOURCE;
    }
    // createProxy(connection), newReader(stream): a view or wrapper of what it is given, not a new one.
    boolean wrapsAnArgument = parameterTypes.stream().anyMatch(RESOURCE_FAMILIES::contains);
    if (startsWithWord(method, OPENING_PREFIXES) && !wrapsAnArgument && !isNoOp(resultAndSupertypes)
        && resultAndSupertypes.contains(AUTO_CLOSEABLE)
        && resultAndSupertypes.stream().noneMatch(t -> NOT_OPENED_BY_NAME.contains(t) && !t.startsWith("java."))
        && !NOT_OPENED_BY_NAME.contains(resultAndSupertypes.get(0))
        && resultAndSupertypes.stream().anyMatch(t -> RESOURCE_FAMILIES.contains(t) || userTypes.contains(t))) {
      // session.createChannel(), connection.createSession(): made by an open resource, closed with it (SSH
      // channels, JMS sessions and producers, JDBC statements all are).
      return ownerAndSupertypes.contains(AUTO_CLOSEABLE) ? CallResult.CHILD_OF_RECEIVER : CallResult.NEW_RESOURCE;
    }
    return CallResult.BORROWED;
  }

  /**
   * True for a connection pool's {@code getConnection()} that is not a {@code DataSource}'s: the call on one of
   * the libraries' pool classes that lend a connection only its {@code close()} gives back. Which object is a
   * pool is library knowledge, not read from a name: the same call on a unit of work, a transaction, a session
   * or JDBC's own statements and metadata gives the connection that object holds, and is borrowed. A project's
   * own pool is named in {@code Leakproof:ResourceFactories}.
   */
  private static boolean lendsConnection(
      String method, List<String> ownerAndSupertypes, List<String> resultAndSupertypes) {
    return method.equals("getConnection")
        && resultAndSupertypes.contains(JDBC_CONNECTION)
        && ownerAndSupertypes.stream().anyMatch(CONNECTION_POOLS::contains);
  }

  private static final String JDBC_CONNECTION = "java.sql.Connection";

  /** Connection pools that are not {@code DataSource}s: HikariCP's, Tomcat JDBC's, BoneCP's. */
  private static final Set<String> CONNECTION_POOLS = Set.of(
      "com.zaxxer.hikari.pool.HikariPool",
      "org.apache.tomcat.jdbc.pool.ConnectionPool",
      "com.jolbox.bonecp.BoneCP");

  /**
   * True if calling {@code method} on a tracked resource releases it: {@code close()}, and release
   * synonyms such as {@code abort}, {@code dispose}, {@code destroy}, {@code disconnect}.
   */
  public boolean isReleaseOfReceiver(String method) {
    return method.equals("close") || startsWithWord(method, RELEASE_PREFIXES);
  }

  /**
   * True if passing a tracked resource to {@code owner#method} closes it: a known helper, one the user
   * named, or any method whose name says it closes ({@code closeQuietly}, {@code safeClose}, {@code
   * closeAll}, {@code release…}) or lends it ({@code withReader(reader, action)}).
   */
  public boolean closesArguments(String method, List<String> ownerAndSupertypes) {
    for (String owner : ownerAndSupertypes) {
      String key = owner + "#" + method;
      if (CLOSE_HELPERS.contains(key) || userCloseMethods.contains(key) || CLOSING_OWNERS.contains(owner)) {
        return true;
      }
    }
    return method.toLowerCase(Locale.ROOT).contains("close")
        || startsWithWord(method, RELEASE_PREFIXES)
        || startsWithWord(method, LOAN_PREFIXES);
  }

  /**
   * True if passing a tracked resource to {@code method} (not a constructor) hands it over: the
   * receiver keeps it ({@code list.add(in)}, {@code holder.setStream(in)}, {@code closer.register(in)}).
   * Other calls borrow it ({@code properties.load(in)}, {@code copy(in, out)}), and so do the setters of
   * a JDBC statement, which read the stream when the statement runs.
   */
  public boolean storesArguments(String method, List<String> ownerAndSupertypes) {
    if ((method.startsWith("set") || method.startsWith("update"))
        && ownerAndSupertypes.stream().anyMatch(READING_SETTERS::contains)) {
      return false;
    }
    for (String owner : ownerAndSupertypes) {
      if (KEEPING_METHODS.contains(owner + "#" + method)) {
        return true;
      }
    }
    return startsWithWord(method, STORING_PREFIXES);
  }

  /**
   * True if a call of {@code method}, passed a tracked resource, wraps it in its closeable result:
   * {@code newOutputStream(channel)}, {@code createReader(stream)}, {@code wrap(socket)} — closing
   * the result closes what it was given.
   */
  public boolean wrapsArguments(String method, List<String> resultAndSupertypes) {
    return resultAndSupertypes.contains(AUTO_CLOSEABLE)
        && !isNoOp(resultAndSupertypes)
        && startsWithWord(method, WRAPPING_PREFIXES);
  }

  /**
   * As {@link #wrapsArguments(String, List)}, knowing the declared type of the parameter the resource
   * is passed to: a method that takes a closeable and returns one ({@code encodingStream(writer)}, {@code
   * monitored(in)}) is taken to wrap it, whatever its name.
   */
  public boolean wrapsArgument(String method, List<String> resultAndSupertypes, List<String> parameterAndSupertypes) {
    return wrapsArguments(method, resultAndSupertypes)
        || resultAndSupertypes.contains(AUTO_CLOSEABLE)
            && !isNoOp(resultAndSupertypes)
            && parameterAndSupertypes.contains(AUTO_CLOSEABLE);
  }

  /** {@code name} is {@code word}, or {@code word} followed by an upper-case letter, digit or underscore. */
  static boolean startsWithWord(String name, List<String> words) {
    for (String word : words) {
      if (name.startsWith(word)) {
        if (name.length() == word.length()) {
          return true;
        }
        char next = name.charAt(word.length());
        if (Character.isUpperCase(next) || Character.isDigit(next) || next == '_') {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, CallResult> factories() {
    Map<String, CallResult> f = new java.util.HashMap<>();
    for (String m : List.of("newInputStream", "newOutputStream", "newBufferedReader", "newBufferedWriter",
        "newByteChannel", "newDirectoryStream", "lines", "list", "walk", "find")) {
      f.put("java.nio.file.Files#" + m, CallResult.NEW_RESOURCE);
    }
    f.put("java.nio.file.FileSystems#newFileSystem", CallResult.NEW_RESOURCE);
    f.put("java.nio.file.FileSystem#newWatchService", CallResult.NEW_RESOURCE);
    f.put("java.nio.file.spi.FileSystemProvider#newInputStream", CallResult.NEW_RESOURCE);
    f.put("java.nio.file.spi.FileSystemProvider#newOutputStream", CallResult.NEW_RESOURCE);
    for (String channel : List.of("java.nio.channels.FileChannel", "java.nio.channels.SocketChannel",
        "java.nio.channels.ServerSocketChannel", "java.nio.channels.DatagramChannel",
        "java.nio.channels.Selector", "java.nio.channels.AsynchronousFileChannel",
        "java.nio.channels.AsynchronousSocketChannel", "java.nio.channels.AsynchronousServerSocketChannel")) {
      f.put(channel + "#open", CallResult.NEW_RESOURCE);
    }
    f.put("java.nio.channels.ServerSocketChannel#accept", CallResult.NEW_RESOURCE);
    f.put("java.net.ServerSocket#accept", CallResult.NEW_RESOURCE);
    f.put("java.net.URL#openStream", CallResult.NEW_RESOURCE);
    f.put("java.net.URLConnection#getInputStream", CallResult.NEW_RESOURCE);
    f.put("java.net.URLConnection#getOutputStream", CallResult.NEW_RESOURCE);
    f.put("java.lang.Class#getResourceAsStream", CallResult.NEW_RESOURCE);
    f.put("java.lang.ClassLoader#getResourceAsStream", CallResult.NEW_RESOURCE);
    f.put("java.lang.ClassLoader#getSystemResourceAsStream", CallResult.NEW_RESOURCE);
    f.put("javax.imageio.ImageIO#createImageInputStream", CallResult.NEW_RESOURCE);
    f.put("javax.imageio.ImageIO#createImageOutputStream", CallResult.NEW_RESOURCE);
    // JDBC: closing a connection closes its statements, closing a statement its result sets.
    f.put("java.sql.DriverManager#getConnection", CallResult.NEW_RESOURCE);
    f.put("javax.sql.DataSource#getConnection", CallResult.NEW_RESOURCE);
    f.put("java.sql.Driver#connect", CallResult.NEW_RESOURCE);
    f.put("javax.sql.ConnectionPoolDataSource#getPooledConnection", CallResult.NEW_RESOURCE);
    f.put("javax.sql.XADataSource#getXAConnection", CallResult.NEW_RESOURCE);
    for (String m : List.of("createStatement", "prepareStatement", "prepareCall")) {
      f.put("java.sql.Connection#" + m, CallResult.CHILD_OF_RECEIVER);
    }
    f.put("java.sql.Statement#executeQuery", CallResult.CHILD_OF_RECEIVER);
    // The statement's current result, not a new one: the statement closes it, and so does its next execute
    // (a JDBC proxy hands it out again and again).
    for (String m : List.of("getResultSet", "getGeneratedKeys")) {
      f.put("java.sql.Statement#" + m, CallResult.BORROWED);
    }
    f.put("java.util.zip.ZipFile#getInputStream", CallResult.CHILD_OF_RECEIVER);
    // A file lock is released when its channel closes.
    f.put("java.nio.channels.FileChannel#lock", CallResult.CHILD_OF_RECEIVER);
    f.put("java.nio.channels.FileChannel#tryLock", CallResult.CHILD_OF_RECEIVER);
    for (String m : List.of("newInputStream", "newOutputStream", "newReader", "newWriter", "newChannel")) {
      f.put("java.nio.channels.Channels#" + m, CallResult.WRAPS_ARGUMENT);
    }
    // Borrowed although their names say "new": views over something the caller already owns.
    f.put("java.nio.file.Path#getFileSystem", CallResult.BORROWED);
    f.put("java.nio.file.FileSystems#getDefault", CallResult.BORROWED);
    f.put("java.nio.file.FileSystems#getFileSystem", CallResult.BORROWED);
    return Map.copyOf(f);
  }

  /** The names of everything the catalogue knows, for documentation and tests. */
  public static Set<String> knownResourceTypes() {
    Set<String> all = new LinkedHashSet<>(RESOURCE_TYPES);
    all.addAll(OPENING_FIRST_PARAMETERS.keySet());
    all.addAll(OWN_ENGINE_UNLESS_GIVEN.keySet());
    return all;
  }

  /** The {@code owner#method} factories the catalogue knows, for documentation and tests. */
  public static Map<String, CallResult> knownFactories() {
    return FACTORIES;
  }
}
