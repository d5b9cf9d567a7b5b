package org.vigie.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts Spark for a command. Under {@code spark-submit} the master and the rest come from it;
 * from {@code ./vigie} the job runs in this JVM with {@code local[*]} (one executor thread a core)
 * unless {@code --master} says otherwise. The web UI is off locally: a laptop run needs no port.
 */
final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master {@code --master}, if given
   * @param settings {@code --conf KEY=VALUE} pairs, applied last
   */
  static SparkSession start(Optional<String> master, List<String> settings) {
    SparkConf conf = new SparkConf().setAppName("vigie");
    if (master.isPresent()) {
      conf.setMaster(master.get());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      // Spark's default of 200 shuffle partitions suits a cluster; on one machine each costs a task's overhead.
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    }
    for (String setting : settings) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--conf takes KEY=VALUE, not \"" + setting + "\"");
      }
      conf.set(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
