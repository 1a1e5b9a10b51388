// Starts the itup language server (`java -jar itup.jar lsp`) for .itup files. Colouring comes from the TextMate
// grammar and works without the server; everything else (completion, hover, rename, ...) is the server's.
// The server is packaged with the extension, so it works with no setting on a machine with Java 17.
const fs = require('node:fs');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { serverJar, javaCommand } = require('./server');

let client;

async function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('itup.restartServer', () => restart(context)));
  // a setting changed to name a jar (or Java) starts the server, without reloading the window
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((change) => {
    if (change.affectsConfiguration('itup.server.jar') || change.affectsConfiguration('itup.java')) {
      restart(context);
    }
  }));
  await start(context);
}

async function start(context) {
  const settings = vscode.workspace.getConfiguration('itup');
  const found = serverJar({
    configured: settings.get('server.jar'),
    extensionDir: context.extensionPath,
    workspaceDirs: (vscode.workspace.workspaceFolders || []).map((folder) => folder.uri.fsPath),
    exists: fs.existsSync,
  });
  if (!found || found.missing) {
    const why = found ? `${found.missing} (from ${found.source}) does not exist` : 'no itup.jar was found';
    const choice = await vscode.window.showErrorMessage(`itup: the language server cannot start: ${why}.`,
      'Open Settings');
    if (choice === 'Open Settings') {
      vscode.commands.executeCommand('workbench.action.openSettings', 'itup.server.jar');
    }
    return;
  }
  const java = javaCommand({ configured: settings.get('java'), javaHome: process.env.JAVA_HOME, exists: fs.existsSync });
  client = new LanguageClient('itup', 'itup language server', { command: java, args: ['-jar', found.jar, 'lsp'] }, {
    documentSelector: [{ scheme: 'file', language: 'itup' }],
    initializationOptions: {
      itup: { sdgTitles: settings.get('sdgTitles') || null, baseRevision: settings.get('baseRevision') || null },
    },
    synchronize: {
      configurationSection: 'itup',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.itup'),
    },
  });
  await client.start();
}

async function restart(context) {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
  await start(context);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
