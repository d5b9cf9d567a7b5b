package org.vigie.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A toponym resolution dataset: news texts with their place names resolved to GeoNames. Reads the
 * two layouts of {@code shared/eval/geo}: LGL ({@code <article docid>} with {@code <toponym>
 * <start> <end> <phrase> <gaztag geonameid> <lat> <lon> <country>}) and GeoWebNews ({@code
 * <article file>} with {@code <toponym> <extractedName> <start> <end> <geonamesID> <latitude>
 * <longitude>}). Offsets are Java {@code String} indices into the article's {@code <text>}.
 */
public record GeoDataset(String name, Format format, List<Document> documents) {

  public enum Format { LGL, GEOWEBNEWS }

  /** An article and its gold toponyms (those resolved to coordinates). */
  public record Document(String id, String text, Optional<String> url, List<Gold> toponyms) {
    public Document {
      toponyms = List.copyOf(toponyms);
    }
  }

  /**
   * A gold toponym.
   *
   * @param geonameId the GeoNames id, 0 when the gold gives coordinates only
   * @param countryName the country's name as LGL gives it, when it does
   */
  public record Gold(int start, int end, String text, long geonameId, double lat, double lon,
      Optional<String> countryName) {
  }

  public GeoDataset {
    documents = List.copyOf(documents);
  }

  public int goldCount() {
    return documents.stream().mapToInt(d -> d.toponyms().size()).sum();
  }

  /** Reads a dataset file, or the one XML file of a dataset directory. */
  public static GeoDataset read(Path path) throws IOException {
    Path file = path;
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        List<Path> xml = files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        if (xml.size() != 1) {
          throw new IOException("expected one .xml dataset file in " + path + ", found " + xml.size());
        }
        file = xml.get(0);
      }
    }
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      xml = parser().parse(in);
    } catch (SAXException e) {
      throw new IOException("not a well-formed dataset: " + file + ": " + e.getMessage(), e);
    }
    NodeList articles = xml.getDocumentElement().getElementsByTagName("article");
    List<Document> documents = new ArrayList<>();
    Format format = null;
    for (int i = 0; i < articles.getLength(); i++) {
      Element article = (Element) articles.item(i);
      boolean lgl = article.hasAttribute("docid");
      format = lgl ? Format.LGL : Format.GEOWEBNEWS;
      String id = lgl ? article.getAttribute("docid") : article.getAttribute("file");
      String text = child(article, "text").map(Node::getTextContent).orElse("");
      Optional<String> url = child(article, lgl ? "url" : "link").map(Node::getTextContent).map(String::strip);
      List<Gold> gold = new ArrayList<>();
      NodeList toponyms = article.getElementsByTagName("toponym");
      for (int t = 0; t < toponyms.getLength(); t++) {
        Element toponym = (Element) toponyms.item(t);
        Optional<Gold> g = lgl ? lglGold(toponym) : gwnGold(toponym);
        g.filter(x -> x.start() >= 0 && x.end() <= text.length() && x.start() < x.end()).ifPresent(gold::add);
      }
      documents.add(new Document(id, text, url, gold));
    }
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    return new GeoDataset(name, format == null ? Format.LGL : format, documents);
  }

  private static Optional<Gold> lglGold(Element toponym) {
    Optional<Element> gaztag = child(toponym, "gaztag");
    if (gaztag.isEmpty()) {
      return Optional.empty();
    }
    Element g = gaztag.get();
    return Optional.of(new Gold(integer(toponym, "start"), integer(toponym, "end"), text(toponym, "phrase"),
        Long.parseLong(g.getAttribute("geonameid")), Double.parseDouble(text(g, "lat")),
        Double.parseDouble(text(g, "lon")), child(g, "country").map(Node::getTextContent).map(String::strip)));
  }

  private static Optional<Gold> gwnGold(Element toponym) {
    String id = text(toponym, "geonamesID");
    String lat = text(toponym, "latitude");
    if (id.isEmpty() || lat.isEmpty()) {
      return Optional.empty(); // the gold is a GeoNames entry: types without one are not geocoding gold
    }
    return Optional.of(new Gold(integer(toponym, "start"), integer(toponym, "end"), text(toponym, "extractedName"),
        Long.parseLong(id), Double.parseDouble(lat), Double.parseDouble(text(toponym, "longitude")), Optional.empty()));
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static String text(Element parent, String name) {
    return child(parent, name).map(Node::getTextContent).map(String::strip).orElse("");
  }

  private static int integer(Element parent, String name) {
    return Integer.parseInt(text(parent, name));
  }

  private static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      factory.setCoalescing(true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML parser", e);
    }
  }
}
