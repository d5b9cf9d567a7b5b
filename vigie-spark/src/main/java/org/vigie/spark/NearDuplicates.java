package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.vigie.model.Article;

/**
 * Near-duplicate grouping over a whole job's articles, as a distributed step: candidate pairs come
 * from an LSH banding join (two articles whose MinHash signatures agree on every row of one band)
 * and from equal word hashes; the {@link CopyMeasure} decides on each pair, as the single-machine
 * detector does; copies then form groups (connected components, found by propagating the smallest
 * label along the pairs), and each group's canonical article is its earliest published, ties going to
 * the smaller id. Every other article of a group gets {@code duplicate_of} = the canonical's id.
 *
 * <p>Where it may differ from one machine's online detector, which meets articles one at a time:
 * there a new article joins the group of its best match among those already seen within the
 * detector's window (30 days), so an article that matches two groups joins one of them, while here
 * it joins both into one; here the whole input is one window. Band buckets holding more than
 * {@value #MAX_BUCKET} articles (boilerplate that thousands of pages share) give no candidates: the
 * pairs of such a bucket would be quadratic, and copies among them still meet in their other bands.
 */
final class NearDuplicates {
  static final String FINGERPRINT = "fingerprint";
  static final int MAX_BUCKET = 1000;
  private static final int MAX_ROUNDS = 100;
  /** At most this many pairs (about 100 bytes each) are grouped on the driver. */
  static final long DRIVER_PAIRS = 2_000_000;

  /** The fingerprint column that the executors fill next to each article. */
  static final StructType FINGERPRINT_TYPE = new StructType()
      .add("time", DataTypes.LongType, false)
      .add("exact_hash", DataTypes.LongType, false)
      .add("band_keys", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("shingles", DataTypes.IntegerType, false);

  private static final StructType DUPLICATES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add(ArticleTable.DUPLICATE_OF, DataTypes.StringType, false);

  private final CopyMeasure measure;
  private final long driverPairs;

  NearDuplicates(CopyMeasure measure) {
    this(measure, DRIVER_PAIRS);
  }

  /** @param driverPairs the most pairs grouped on the driver (tests set 0 to run the distributed grouping) */
  NearDuplicates(CopyMeasure measure, long driverPairs) {
    this.measure = measure;
    this.driverPairs = driverPairs;
  }

  /** The article's fingerprint as a {@link #FINGERPRINT_TYPE} value; called in the executors. */
  static Row fingerprint(CopyMeasure measure, Article article, long fallbackTime) {
    CopyMeasure.Fingerprint print = measure.fingerprint(article, fallbackTime);
    return RowFactory.create(print.time(), print.exactHash(), print.bandKeys(), print.signature(), print.shingles());
  }

  /**
   * @param articles one row per article id, with {@code id} and {@link #FINGERPRINT}
   * @return {@code (id, duplicate_of)} for every article that copies another
   */
  Dataset<Row> duplicates(Dataset<Row> articles) {
    Dataset<Row> prints = articles.select(col("id"), col(FINGERPRINT + ".*")).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> edges = verified(candidates(prints), prints).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        if (edges.count() <= driverPairs) {
          return onDriver(edges, articles.sparkSession());
        }
        return components(edges.select("a", "b"), prints)
            .where(col("label.id").notEqual(col("id")))
            .select(col("id"), col("label.id").as(ArticleTable.DUPLICATE_OF))
            .localCheckpoint();
      } finally {
        edges.unpersist();
      }
    } finally {
      prints.unpersist();
    }
  }

  /** Pairs {@code (a, b)}, {@code a < b}, that share a band bucket or a word hash. */
  private static Dataset<Row> candidates(Dataset<Row> prints) {
    Dataset<Row> bands = prints.select(col("id"), posexplode(col("band_keys")).as(new String[] {"band", "key"}));
    Dataset<Row> small = bands.groupBy("band", "key").agg(count("*").as("size"))
        .where(col("size").leq(MAX_BUCKET)).where(col("size").geq(2)).drop("size");
    Dataset<Row> members = bands.join(small, new String[] {"band", "key"});
    Dataset<Row> banded = pairs(members, List.of("band", "key"));
    Dataset<Row> exact = pairs(prints.select(col("id"), col("exact_hash")), List.of("exact_hash"));
    return banded.union(exact).distinct();
  }

  private static Dataset<Row> pairs(Dataset<Row> members, List<String> keys) {
    Dataset<Row> left = members.select(withKeys(col("id").as("a"), keys, "l"));
    Dataset<Row> right = members.select(withKeys(col("id").as("b"), keys, "r"));
    Column same = null;
    for (String key : keys) {
      Column equal = col("l_" + key).equalTo(col("r_" + key));
      same = same == null ? equal : same.and(equal);
    }
    return left.join(right, same.and(col("a").lt(col("b")))).select("a", "b");
  }

  private static Column[] withKeys(Column id, List<String> keys, String side) {
    Column[] columns = new Column[keys.size() + 1];
    columns[0] = id;
    for (int i = 0; i < keys.size(); i++) {
      columns[i + 1] = col(keys.get(i)).as(side + "_" + keys.get(i));
    }
    return columns;
  }

  /** The candidate pairs that the measure calls copies. */
  private Dataset<Row> verified(Dataset<Row> pairs, Dataset<Row> prints) {
    Dataset<Row> withPrints = pairs
        .join(prints.select(col("id").as("a"), struct(fingerprintColumns()).as("pa")), "a")
        .join(prints.select(col("id").as("b"), struct(fingerprintColumns()).as("pb")), "b");
    CopyMeasure copies = measure;
    return withPrints.filter((FilterFunction<Row>) row ->
            copies.copies(fingerprint(row.getStruct(row.fieldIndex("pa"))),
                fingerprint(row.getStruct(row.fieldIndex("pb")))))
        .select(col("a"), col("pa.time").as("ta"), col("b"), col("pb.time").as("tb"));
  }

  private static Dataset<Row> onDriver(Dataset<Row> edges, org.apache.spark.sql.SparkSession spark) {
    CopyGroups groups = new CopyGroups();
    edges.toLocalIterator().forEachRemaining(edge ->
        groups.join(edge.getString(0), edge.getLong(1), edge.getString(2), edge.getLong(3)));
    List<Row> rows = groups.duplicateOf().entrySet().stream()
        .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
    return spark.createDataFrame(rows, DUPLICATES);
  }

  private static Column[] fingerprintColumns() {
    return java.util.Arrays.stream(FINGERPRINT_TYPE.fieldNames()).map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
  }

  private static CopyMeasure.Fingerprint fingerprint(Row row) {
    List<Long> keys = row.getList(2);
    List<Integer> signature = row.getList(3);
    return new CopyMeasure.Fingerprint(row.getLong(0), row.getLong(1),
        keys.stream().mapToLong(Long::longValue).toArray(), signature.stream().mapToInt(Integer::intValue).toArray(),
        row.getInt(4));
  }

  /**
   * Each article of an edge with the smallest {@code (time, id)} of its connected component as
   * {@code label}: every round, both ends of each edge take the smaller of their labels, until no
   * label changes. Rounds are as many as the longest chain of copies is long, a handful in practice.
   */
  private static Dataset<Row> components(Dataset<Row> edges, Dataset<Row> prints) {
    Dataset<Row> ends = edges.select(col("a").as("id")).union(edges.select(col("b").as("id"))).distinct();
    Dataset<Row> labels = ends.join(prints.select(col("id"), struct(col("time"), col("id")).as("label")), "id")
        .localCheckpoint();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> la = labels.select(col("id").as("a"), col("label").as("la"));
      Dataset<Row> lb = labels.select(col("id").as("b"), col("label").as("lb"));
      Dataset<Row> offers = edges.join(la, "a").join(lb, "b")
          .select(col("a"), col("b"), least(col("la"), col("lb")).as("offer"));
      Dataset<Row> next = offers.select(col("a").as("id"), col("offer"))
          .union(offers.select(col("b").as("id"), col("offer")))
          .union(labels.select(col("id"), col("label").as("offer")))
          .groupBy("id").agg(min("offer").as("label"))
          .localCheckpoint();
      long changed = next.join(labels.select(col("id"), col("label").as("before")), "id")
          .where(col("label").notEqual(col("before"))).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels;
  }
}
