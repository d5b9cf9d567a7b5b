package org.vigie.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, listed on the driver from paths on any Hadoop file system (a file, a
 * directory walked recursively, or a glob such as {@code s3a://bucket/CC-NEWS/2024/*.warc.gz}).
 * Hidden entries ({@code .name}, {@code _SUCCESS}) are left out, as {@code vigie ingest} does.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * One file to read.
   *
   * @param path the Hadoop path, fully qualified, that the executor opens
   * @param location the URI that the locations of its items start with: for a local file the same
   *     {@code file:///…} URI that {@code vigie ingest} uses, so both name records alike
   * @param bytes its size, to schedule the largest first
   * @param order its place in the order {@code vigie ingest} reads the inputs (arguments in order,
   *     a directory's files sorted by path), which decides which of two records of one URL is kept
   */
  record InputFile(String path, String location, long bytes, int order) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * @throws FileNotFoundException naming an input that matches nothing
   */
  static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<FileStatus> found = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new FileNotFoundException("no such file or directory: " + input);
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          List<FileStatus> walked = new ArrayList<>();
          RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
          while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            if (!hidden(match.getPath(), file.getPath())) {
              walked.add(file);
            }
          }
          walked.sort((a, b) -> a.getPath().compareTo(b.getPath()));
          found.addAll(walked);
        } else {
          found.add(match);
        }
      }
      for (FileStatus file : found) {
        files.add(of(fs, file, files.size()));
      }
      found.clear();
    }
    // Largest first: the longest tasks start early, and a run's order does not depend on listing order.
    files.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes()) : a.path().compareTo(b.path()));
    return List.copyOf(files);
  }

  private static InputFile of(FileSystem fs, FileStatus status, int order) {
    org.apache.hadoop.fs.Path qualified = fs.makeQualified(status.getPath());
    return new InputFile(qualified.toString(), location(qualified.toUri()), status.getLen(), order);
  }

  /** Hadoop writes {@code file:/tmp/a}; ingest names the same file {@code file:///tmp/a}. */
  static String location(URI uri) {
    return "file".equals(uri.getScheme()) ? Path.of(uri.getPath()).toUri().toString() : uri.toString();
  }

  private static boolean hidden(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
    for (org.apache.hadoop.fs.Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
