package org.vigie.feed;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be turned against Vigie: no DTD processing, no external entities, so
 * neither the "billion laughs" entity expansion nor XXE file disclosure can happen; a document
 * that needs a DTD fails to parse instead.
 */
public final class SafeXml {
  private static final XMLInputFactory FACTORY = create();

  private SafeXml() {}

  private static XMLInputFactory create() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** True when the document declares a DOCTYPE: news feeds never need one, attacks always do. */
  public static boolean declaresDoctype(byte[] xml) {
    int limit = Math.min(xml.length, 4096);
    String head = new String(xml, 0, limit, java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("<!DOCTYPE") || head.contains("<!doctype") || head.contains("<!ENTITY");
  }
}
