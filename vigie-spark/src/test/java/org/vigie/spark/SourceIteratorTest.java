package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.DocumentSource;
import org.vigie.ingest.SkipReason;
import org.vigie.ingest.SourceItem;

class SourceIteratorTest {

  @Test
  void next_sourceFailsHalfWay_itemsThenTheError() {
    DocumentSource source = source(sink -> {
      sink.accept(skipped(1));
      sink.accept(skipped(2));
      throw new IOException("cut");
    }, new CountDownLatch(1));
    List<SourceIterator.Next> all = new ArrayList<>();

    try (SourceIterator items = new SourceIterator(source)) {
      items.forEachRemaining(all::add);
    }

    assertThat(all).hasSize(3);
    assertThat(all.getLast()).isInstanceOfSatisfying(SourceIterator.Next.Error.class,
        error -> assertThat(error.error()).hasMessage("cut"));
  }

  @Test
  void close_endlessSourceHalfRead_readerStops() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    DocumentSource endless = source(sink -> {
      for (int i = 0; ; i++) {
        sink.accept(skipped(i));
      }
    }, stopped);

    try (SourceIterator items = new SourceIterator(endless)) {
      assertThat(items.next()).isInstanceOf(SourceIterator.Next.Item.class);
    }

    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
  }

  private interface Body {
    void read(Consumer<SourceItem> sink) throws IOException;
  }

  /** A source that counts down the latch when its reading ends, however it ends. */
  private static DocumentSource source(Body body, CountDownLatch ended) {
    return new DocumentSource() {
      @Override
      public String location() {
        return "test:source";
      }

      @Override
      public void read(Consumer<SourceItem> sink) throws IOException {
        try {
          body.read(sink);
        } finally {
          ended.countDown();
        }
      }
    };
  }

  private static SourceItem skipped(int n) {
    return new SourceItem.Skipped("test:" + n, SkipReason.NOT_A_RESPONSE);
  }
}
