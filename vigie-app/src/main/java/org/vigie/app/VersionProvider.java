package org.vigie.app;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: Vigie's version from the jar manifest, and the Java running it. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VigieCommand.class.getPackage().getImplementationVersion();
    return new String[] {
        "vigie " + (version != null ? version : "(development build)"),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
  }
}
