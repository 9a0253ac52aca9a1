// Loads syntaxes/topo.tmLanguage.json the way VS Code does: vscode-textmate over the
// Oniguruma regular expressions of vscode-oniguruma (WebAssembly).
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const extensionRoot = path.resolve(__dirname, '..');
const grammarPath = path.join(extensionRoot, 'syntaxes', 'topo.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.topo'
        ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
        : null,
  });
  return registry.loadGrammar('source.topo');
}

/** The tokens of a whole text, line by line: { line (1-based), startIndex, endIndex, text, scopes }. */
function tokenize(grammar, text) {
  const tokens = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const token of result.tokens) {
      tokens.push({
        line: index + 1,
        startIndex: token.startIndex,
        endIndex: Math.min(token.endIndex, lineText.length),
        text: lineText.slice(token.startIndex, token.endIndex),
        scopes: token.scopes,
      });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** TextMate's selector rule: `keyword.control` matches `keyword.control.import.topo`. */
function scopeMatches(scope, expected) {
  return scope === expected || scope.startsWith(expected + '.');
}

module.exports = { loadGrammar, tokenize, scopeMatches, grammarPath };
