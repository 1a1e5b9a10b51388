// The extension carries its language server: the .vsix holds the command line's jar and class path, the server
// starts from the extension's own files with no setting, and answers `initialize`. Needs a JDK (java and jar).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { serverJar, javaCommand, packagedJar } = require('../server');

const root = path.join(__dirname, '..');

test('with no setting the packaged server is chosen, else a build in the workspace', () => {
  const extensionDir = '/ext';
  const workspace = '/home/planner/itup';
  const built = path.join(workspace, 'bundles', 'org.itup.cli', 'target', 'itup.jar');
  assert.deepStrictEqual(serverJar({ configured: '', extensionDir, workspaceDirs: [workspace], exists: () => true }),
    { jar: packagedJar(extensionDir), source: 'the extension' });
  assert.deepStrictEqual(
    serverJar({ configured: '', extensionDir, workspaceDirs: [workspace], exists: (p) => p === built }),
    { jar: built, source: `a build in ${workspace}` });
  assert.strictEqual(serverJar({ configured: '', extensionDir, workspaceDirs: [workspace], exists: () => false }), null);
});

test('a jar named in the settings wins, and a missing one is reported, not replaced', () => {
  assert.deepStrictEqual(serverJar({ configured: '/mine/itup.jar', extensionDir: '/ext', exists: () => true }),
    { jar: '/mine/itup.jar', source: 'the itup.server.jar setting' });
  assert.deepStrictEqual(serverJar({ configured: '/typo/itup.jar', extensionDir: '/ext', exists: () => false }),
    { missing: '/typo/itup.jar', source: 'the itup.server.jar setting' });
});

test('Java comes from the setting, else JAVA_HOME, else the PATH', () => {
  assert.strictEqual(javaCommand({ configured: '/opt/jdk/bin/java', javaHome: '/jdk', exists: () => true }),
    '/opt/jdk/bin/java');
  assert.strictEqual(javaCommand({ configured: 'java', javaHome: '/jdk', exists: () => true }),
    path.join('/jdk', 'bin', 'java'));
  assert.strictEqual(javaCommand({ configured: 'java', javaHome: '/jdk', exists: () => false }), 'java');
  assert.strictEqual(javaCommand({ configured: '', javaHome: undefined, exists: () => true }), 'java');
});

/** Unpacks the .vsix with the JDK's jar tool into a fresh folder and returns the extension's folder in it. */
function unpackedExtension() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'itup-vsix-'));
  execFileSync(jdkTool('jar'), ['xf', path.join(root, 'itup.vsix')], { cwd: folder });
  return path.join(folder, 'extension');
}

function jdkTool(name) {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', name) : name;
}

/** Sends one LSP message with its Content-Length header. */
function send(child, message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

/** Reads the LSP messages on the server's standard output and hands each to the waiters that want it. */
function messages(child) {
  const waiters = [];
  let buffer = Buffer.alloc(0);
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('latin1'))[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      buffer = buffer.subarray(headerEnd + 4 + length);
      waiters.filter((w) => w.wants(message)).forEach((w) => w.resolve(message));
    }
  });
  child.on('exit', (code) => waiters.forEach((w) => w.reject(new Error(`the server exited with ${code}`))));
  return (wants) => new Promise((resolve, reject) => waiters.push({ wants, resolve, reject }));
}

test('the server packaged in the .vsix starts from the extension\'s own files and checks a file opened without a folder', async () => {
  const extension = unpackedExtension();
  const found = serverJar({ configured: '', extensionDir: extension, workspaceDirs: [], exists: fs.existsSync });
  assert.deepStrictEqual(found, { jar: packagedJar(extension), source: 'the extension' });
  assert.ok(fs.readdirSync(path.join(extension, 'server', 'lib')).some((jar) => jar.startsWith('org.eclipse.xtext')),
    'the server\'s class path (server/lib) is not packaged');
  const java = javaCommand({ configured: 'java', javaHome: process.env.JAVA_HOME, exists: fs.existsSync });
  const child = spawn(java, ['-jar', found.jar, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const plans = fs.mkdtempSync(path.join(os.tmpdir(), 'itup-single-file-'));
  const plan = path.join(plans, 'draft.itup');
  fs.writeFileSync(plan, 'plan draft "Draft"\ngoal 1 "Growth" {\n  target 1.1 "More" { by 2023 level 5 "%" }\n');
  try {
    const next = messages(child);
    const answer = next((m) => m.id === 1);
    // as VS Code does when it opens a single file without a folder: no root, no workspace folders
    send(child, { jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { processId: process.pid, rootUri: null, capabilities: {} } });
    const { result } = await answer;
    assert.ok(result && result.capabilities, `no capabilities in ${JSON.stringify(result)}`);
    assert.ok(result.capabilities.completionProvider, 'the packaged server offers no completion');
    assert.ok(result.capabilities.codeActionProvider, 'the packaged server offers no code actions');
    send(child, { jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = `file://${plan}`;
    const diagnostics = next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    send(child, { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: {
      uri, languageId: 'itup', version: 1, text: fs.readFileSync(plan, 'utf8') } } });
    const published = await diagnostics;
    assert.ok(published.params.diagnostics.length > 0, 'the unclosed goal of a single open file is not reported');
  } finally {
    child.kill();
    fs.rmSync(path.dirname(extension), { recursive: true, force: true });
    fs.rmSync(plans, { recursive: true, force: true });
  }
});
