// Checks the packaged extension and the TextMate grammar. Run by `npm test` (and by the Maven build) after
// `npm run package` has written itup.vsix.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..');
const example = path.join(root, '..', '..', 'examples', 'itu-2020-2023');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('the manifest declares the itup language, its grammar and the server settings', () => {
  const language = manifest.contributes.languages.find((l) => l.id === 'itup');
  assert.ok(language, 'no itup language');
  assert.deepStrictEqual(language.extensions, ['.itup']);
  assert.ok(fs.existsSync(path.join(root, language.configuration)));
  const grammar = manifest.contributes.grammars.find((g) => g.language === 'itup');
  assert.strictEqual(grammar.scopeName, 'source.itup');
  assert.ok(fs.existsSync(path.join(root, grammar.path)));
  assert.ok(fs.existsSync(path.join(root, manifest.main)));
  const settings = Object.keys(manifest.contributes.configuration.properties);
  assert.deepStrictEqual(settings.sort(), ['itup.baseRevision', 'itup.java', 'itup.sdgTitles', 'itup.server.jar']);
  assert.ok(manifest.contributes.commands.some((c) => c.command === 'itup.restartServer'), 'no restart command');
});

test('plans are indented with four spaces unless a file already uses something else', () => {
  const defaults = manifest.contributes.configurationDefaults['[itup]'];
  assert.strictEqual(defaults['editor.insertSpaces'], true);
  assert.strictEqual(defaults['editor.tabSize'], 4);
  assert.strictEqual(defaults['editor.detectIndentation'], true);
});

test('the .vsix holds the manifest, grammar, extension entry and language client', () => {
  const vsix = fs.readFileSync(path.join(root, 'itup.vsix'));
  assert.strictEqual(vsix.subarray(0, 2).toString('latin1'), 'PK', 'itup.vsix is not a zip archive');
  // names of zip entries are stored in clear in their headers
  const names = vsix.toString('latin1');
  for (const entry of ['extension.vsixmanifest', 'extension/package.json', 'extension/extension.js',
    'extension/syntaxes/itup.tmLanguage.json', 'extension/language-configuration.json',
    'extension/node_modules/vscode-languageclient/package.json', 'extension/server.js', 'extension/server/itup.jar']) {
    assert.ok(names.includes(entry), `${entry} missing from itup.vsix`);
  }
  assert.ok(!names.includes('extension/test/'), 'tests must not be packaged');
});

async function grammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(
      fs.readFileSync(path.join(root, 'syntaxes', 'itup.tmLanguage.json'), 'utf8'), 'itup.tmLanguage.json'),
  });
  return registry.loadGrammar('source.itup');
}

/** Every token of a file as {text, scope}, scope being the innermost one. */
function tokenize(itup, file) {
  const tokens = [];
  let state = vsctm.INITIAL;
  for (const line of fs.readFileSync(path.join(example, file), 'utf8').split(/\r?\n/)) {
    const result = itup.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ text: line.substring(token.startIndex, token.endIndex), scope: token.scopes.at(-1) });
    }
    state = result.ruleStack;
  }
  return tokens;
}

function wordsIn(tokens, scope) {
  return new Set(tokens.filter((t) => t.scope === scope).map((t) => t.text));
}

test('the grammar colours the keywords, strings and comments of the ITU example', async () => {
  const itup = await grammar();
  const plan = tokenize(itup, 'plan.itup');
  const sector = tokenize(itup, 'itu-r.itup');
  const keywords = new Set([...wordsIn(plan, 'keyword.other.itup'), ...wordsIn(sector, 'keyword.other.itup')]);
  for (const keyword of ['plan', 'period', 'to', 'adopted', 'by', 'vision', 'mission', 'sectors', 'value', 'goal',
    'statement', 'description', 'target', 'population', 'baseline', 'sdg', 'wsis', 'facilitator', 'risk',
    'mitigation', 'swot', 'criterion', 'term', 'definition', 'sector', 'bureau', 'objective', 'primary', 'goals',
    'secondary', 'outcome', 'output', 'enabler', 'supports']) {
    assert.ok(keywords.has(keyword), `keyword ${keyword} not coloured; got ${[...keywords].sort()}`);
  }
  const values = wordsIn(plan, 'constant.language.itup');
  for (const value of ['level', 'decrease', 'strength', 'threat']) {
    assert.ok(values.has(value), `value ${value} not coloured; got ${[...values].sort()}`);
  }
  assert.ok(plan.some((t) => t.scope === 'string.quoted.double.itup' && t.text === 'Growth'));
  assert.ok(plan.some((t) => t.scope === 'comment.line.double-slash.itup'
    && t.text.startsWith('// ITU strategic plan for 2020-2023')));
});

test('codes that contain keywords are not coloured as keywords', async () => {
  const itup = await grammar();
  const { tokens } = itup.tokenizeLine('    primary goal R.1-output', vsctm.INITIAL);
  const line = '    primary goal R.1-output';
  const keywords = tokens.filter((t) => t.scopes.at(-1) === 'keyword.other.itup')
    .map((t) => line.substring(t.startIndex, t.endIndex));
  assert.deepStrictEqual(keywords, ['primary', 'goal']);
});

/** The words of the plan language: every quoted word literal of the Xtext grammar, comments left out. */
function grammarWords() {
  const xtext = fs.readFileSync(path.join(root, '..', '..', 'bundles', 'org.itup.dsl', 'src', 'org', 'itup', 'dsl',
    'Itup.xtext'), 'utf8');
  const code = xtext.split(/\r?\n/).filter((line) => !line.trim().startsWith('//'))
    .map((line) => line.replace(/\s\/\/\s.*$/, '')).join('\n');
  return new Set([...code.matchAll(/'([a-z][a-z-]*)'/g)].map((m) => m[1]));
}

/** The words a TextMate rule of the repository colours, read from its alternation. */
function colouredWords(rule) {
  const tm = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'itup.tmLanguage.json'), 'utf8'));
  const alternation = /\(([a-z|-]+)\)/.exec(tm.repository[rule].match)[1];
  return alternation.split('|');
}

test('the grammar colours every word of the language and no word the language lacks', () => {
  const words = grammarWords();
  const coloured = [...colouredWords('keywords'), ...colouredWords('values')];
  const uncoloured = [...words].filter((w) => !coloured.includes(w)).sort();
  const stale = coloured.filter((w) => !words.has(w)).sort();
  assert.deepStrictEqual(uncoloured, [], `words of Itup.xtext that syntaxes/itup.tmLanguage.json does not colour`);
  assert.deepStrictEqual(stale, [], `words syntaxes/itup.tmLanguage.json colours that Itup.xtext no longer has`);
});
