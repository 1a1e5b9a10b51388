// Where the extension finds the language server and the Java that runs it. Kept apart from extension.js, which
// needs VS Code, so that `npm test` checks the choice in plain Node.
const path = require('node:path');

/** The jar packaged with the extension (the Maven build copies the command line's jar and lib/ into server/). */
function packagedJar(extensionDir) {
  return path.join(extensionDir, 'server', 'itup.jar');
}

/**
 * The server jar to start, and where it came from: the `itup.server.jar` setting when set, else the jar packaged
 * with the extension, else a build of the itup repository open in the window. Null when there is none.
 */
function serverJar({ configured, extensionDir, workspaceDirs = [], exists }) {
  if (configured) {
    return exists(configured) ? { jar: configured, source: 'the itup.server.jar setting' }
      : { missing: configured, source: 'the itup.server.jar setting' };
  }
  const candidates = [{ jar: packagedJar(extensionDir), source: 'the extension' }];
  for (const dir of workspaceDirs) {
    candidates.push({ jar: path.join(dir, 'bundles', 'org.itup.cli', 'target', 'itup.jar'), source: `a build in ${dir}` });
  }
  return candidates.find((candidate) => exists(candidate.jar)) || null;
}

/** The Java executable: the `itup.java` setting when set, else JAVA_HOME's, else `java` from the PATH. */
function javaCommand({ configured, javaHome, exists }) {
  if (configured && configured !== 'java') {
    return configured;
  }
  if (javaHome) {
    const java = path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (exists(java)) {
      return java;
    }
  }
  return 'java';
}

module.exports = { packagedJar, serverJar, javaCommand };
