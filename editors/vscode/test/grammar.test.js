// Tests syntaxes/topo.tmLanguage.json with the libraries VS Code itself tokenizes with:
//  1. every .topo file under the repository's examples/ is scoped throughout: no character
//     outside whitespace is left with only `source.topo`, and none is marked invalid (the
//     examples are lexically clean, so an invalid scope is the grammar's mistake);
//  2. every other .topo file of the repository (the tests' inputs, many with errors on purpose)
//     is scoped throughout too: a bad character is marked invalid, never left unscoped;
//  3. test/fixtures/scopes.topo gets the scopes test/fixtures/scopes.expected lists.
// Prints what failed and exits 1; `npm test` or `node test/grammar.test.js` runs it.
'use strict';

const fs = require('fs');
const path = require('path');
const { loadGrammar, tokenize, scopeMatches } = require('./tokenizer');

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
const examplesFolder = path.join(repositoryRoot, 'examples');
const fixturesFolder = path.join(__dirname, 'fixtures');
const skippedFolders = new Set(['node_modules', 'bin', 'obj', 'out', '.git']);

function topoFilesUnder(folder) {
  return fs.readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        return skippedFolders.has(entry.name) ? [] : topoFilesUnder(full);
      }
      return entry.name.endsWith('.topo') ? [full] : [];
    });
}

function describe(token) {
  return `${JSON.stringify(token.text)} has ${token.scopes.join(' ')}`;
}

/** The failures of one file: unscoped tokens, and in a valid file, invalid ones. */
function checkFile(grammar, file, { valid }) {
  const failures = [];
  const where = path.relative(repositoryRoot, file);
  for (const token of tokenize(grammar, fs.readFileSync(file, 'utf8'))) {
    if (token.text.trim() === '') {
      continue;
    }
    if (token.scopes.length < 2) {
      failures.push(`${where}:${token.line}:${token.startIndex + 1}: ${JSON.stringify(token.text)} is left unscoped`);
    } else if (valid && token.scopes.some((scope) => scope.startsWith('invalid.'))) {
      failures.push(`${where}:${token.line}:${token.startIndex + 1}: ${describe(token)}, but the example is valid`);
    }
  }
  return failures;
}

/**
 * scopes.expected: one expectation a line, `LINE: TEXT => SCOPE`. TEXT is found at its first
 * occurrence on LINE of scopes.topo, and every token it covers must carry SCOPE (or a more
 * specific scope under it). Lines starting with `#` are comments.
 */
function readExpectations(file) {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/)
    .map((text, index) => ({ text: text.trim(), number: index + 1 }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'))
    .map(({ text, number }) => {
      const match = /^(\d+):\s(.+)\s=>\s(\S+)$/.exec(text);
      if (!match) {
        throw new Error(`${path.basename(file)}:${number}: expected 'LINE: TEXT => SCOPE', found '${text}'`);
      }
      return { line: Number(match[1]), text: match[2], scope: match[3], source: `${path.basename(file)}:${number}` };
    });
}

function checkFixture(grammar, topoFile, expectedFile) {
  const lines = fs.readFileSync(topoFile, 'utf8').split(/\r?\n/);
  const tokens = tokenize(grammar, lines.join('\n'));
  const expectations = readExpectations(expectedFile);
  const failures = [];
  for (const expectation of expectations) {
    const lineText = lines[expectation.line - 1] ?? '';
    const start = lineText.indexOf(expectation.text);
    if (start < 0) {
      failures.push(`${expectation.source}: line ${expectation.line} of the fixture has no ${JSON.stringify(expectation.text)}`);
      continue;
    }
    const end = start + expectation.text.length;
    const covering = tokens.filter((t) => t.line === expectation.line && t.startIndex < end && t.endIndex > start);
    const wrong = covering.filter((t) => !t.scopes.some((scope) => scopeMatches(scope, expectation.scope)));
    if (wrong.length > 0) {
      failures.push(`${expectation.source}: ${JSON.stringify(expectation.text)} on line ${expectation.line} should be ${expectation.scope}, but ${wrong.map(describe).join('; ')}`);
    }
  }
  return { failures, count: expectations.length };
}

async function main() {
  const grammar = await loadGrammar();
  const examples = topoFilesUnder(examplesFolder);
  const failures = [];
  if (examples.length === 0) {
    failures.push(`no .topo file under ${examplesFolder}`);
  }
  for (const file of examples) {
    failures.push(...checkFile(grammar, file, { valid: true }));
  }
  const others = topoFilesUnder(repositoryRoot).filter((file) => !file.startsWith(examplesFolder + path.sep));
  for (const file of others) {
    failures.push(...checkFile(grammar, file, { valid: false }));
  }

  const fixtures = fs.readdirSync(fixturesFolder).filter((name) => name.endsWith('.topo')).sort();
  if (fixtures.length === 0) {
    failures.push(`no .topo fixture in ${fixturesFolder}`);
  }
  let expectationCount = 0;
  for (const name of fixtures) {
    const expected = path.join(fixturesFolder, name.replace(/\.topo$/, '.expected'));
    const result = checkFixture(grammar, path.join(fixturesFolder, name), expected);
    failures.push(...result.failures);
    expectationCount += result.count;
  }

  if (failures.length > 0) {
    console.error(failures.join('\n'));
    console.error(`grammar test: ${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log(`grammar test: ${examples.length} example file(s) fully scoped; ${others.length} other .topo file(s) scoped throughout; ${expectationCount} fixture expectation(s) met`);
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
