// Starts the itup language server (`java -jar itup.jar lsp`) for .itup files. Colouring comes from the TextMate
// grammar and works without the server; everything else (completion, hover, rename, ...) is the server's.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('itup');
  const jar = settings.get('server.jar');
  if (!jar) {
    vscode.window.showWarningMessage(
      'itup: set "itup.server.jar" to the itup.jar of a build to start the language server (see docs/editors.md).');
    return;
  }
  const server = { command: settings.get('java') || 'java', args: ['-jar', jar, 'lsp'] };
  client = new LanguageClient('itup', 'itup language server', server, {
    documentSelector: [{ scheme: 'file', language: 'itup' }],
    initializationOptions: { itup: { sdgTitles: settings.get('sdgTitles') || null } },
    synchronize: {
      configurationSection: 'itup',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.itup'),
    },
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
