package io.github.leakproof.cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Positive: an InputSource only carries the stream; nothing closes the file it was opened on. */
public class StreamGivenToSaxInputSource {
  public static Document parse(File file) throws IOException, SAXException, ParserConfigurationException {
    // BUG: Diagnostic contains: ResourceNotClosed
    InputSource source = new InputSource(new FileInputStream(file));
    source.setSystemId(file.toURI().toString());
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(source);
  }
}
