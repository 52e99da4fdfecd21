package io.github.leakproof.cases.resource;

import java.io.StringWriter;
import java.util.Map;

/** Negative: a StringWriter is only a string buffer; it needs no close. */
public class StringWriterNotClosed {
  public static String toJson(Map<String, String> fields) {
    StringWriter json = new StringWriter();
    json.write('{');
    String separator = "";
    for (Map.Entry<String, String> field : fields.entrySet()) {
      json.write(separator + '"' + field.getKey() + "\":\"" + field.getValue() + '"');
      separator = ",";
    }
    json.write('}');
    return json.toString();
  }
}
