package org.vigie.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The watcher's feed states in {@code feeds.json} in the data directory, replaced atomically (write
 * a temporary file, then rename), so a crash leaves the old state or the new one, never half.
 */
public final class FeedStateStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public FeedStateStore(Path file) {
    this.file = file;
  }

  public List<FeedState> load() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    JsonNode root = JSON.readTree(file.toFile());
    List<FeedState> states = new ArrayList<>();
    for (JsonNode node : root.path("feeds")) {
      try {
        states.add(new FeedState(URI.create(node.path("url").asText()), text(node, "etag"), text(node, "lastModified"),
            Duration.parse(node.path("interval").asText("PT30M")), Instant.parse(node.path("nextPoll").asText()),
            text(node, "lastPolled").map(Instant::parse), node.path("lastNewPages").asInt(), node.path("errors").asInt()));
      } catch (RuntimeException e) {
        // A damaged entry loses only that feed's schedule: it is polled again as new.
      }
    }
    return states;
  }

  public void save(List<FeedState> states) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode feeds = root.putArray("feeds");
    for (FeedState state : states) {
      ObjectNode node = feeds.addObject();
      node.put("url", state.url().toString());
      node.put("etag", state.etag().orElse(null));
      node.put("lastModified", state.lastModified().orElse(null));
      node.put("interval", state.interval().toString());
      node.put("nextPoll", state.nextPoll().toString());
      node.put("lastPolled", state.lastPolled().map(Instant::toString).orElse(null));
      node.put("lastNewPages", state.lastNewPages());
      node.put("errors", state.errors());
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "feeds", ".json.part");
    JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
