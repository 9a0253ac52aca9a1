#!/usr/bin/env node
// Drives `topo lsp` through vscode-jsonrpc and vscode-languageserver-protocol, the client
// libraries VS Code itself uses, on a copy of examples/datacenter.
//
//   node client-test.js ROOT COMMAND [ARGS...]
//
// ROOT is the copy (datacenter.topo and common/networks.topo); COMMAND starts the server
// (`dotnet topo.dll lsp --stdio`). Prints one "ok"/"not ok" line per check and exits 1 when
// any check failed, 2 when the session itself broke (timeout, server exit).
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const protocol = require('vscode-languageserver-protocol/node');

const [root, command, ...commandArgs] = process.argv.slice(2);
if (!root || !command) {
  console.error('usage: node client-test.js ROOT COMMAND [ARGS...]');
  process.exit(2);
}

const entryPath = path.join(root, 'datacenter.topo');
const networksPath = path.join(root, 'common', 'networks.topo');
const entryUri = pathToFileURL(entryPath).href;
const networksUri = pathToFileURL(networksPath).href;
const entryText = fs.readFileSync(entryPath, 'utf8');

const failures = [];
function check(name, condition, detail) {
  if (condition) {
    console.log(`ok - ${name}`);
  } else {
    failures.push(name);
    console.log(`not ok - ${name}: ${detail === undefined ? '' : JSON.stringify(detail).slice(0, 400)}`);
  }
}

/** The 0-based LSP position of `find` in `text`, moved `shift` characters on. */
function positionOf(text, find, shift = 0) {
  const index = text.indexOf(find);
  if (index < 0) throw new Error(`'${find}' is not in the text`);
  const before = text.slice(0, index + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

function at(uri, position) {
  return { textDocument: { uri }, position };
}

async function main() {
  const server = spawn(command, [...commandArgs], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(server.stdout),
    new protocol.StreamMessageWriter(server.stdin));

  // Each published set of diagnostics, by URI, handed to whoever waits for the next one.
  const waiting = new Map();
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(params.uri);
    if (resolve) {
      waiting.delete(params.uri);
      resolve(params);
    }
  });
  const nextDiagnostics = (uri) => new Promise((resolve) => waiting.set(uri, resolve));
  connection.listen();

  const initialized = await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: null,
  });
  const capabilities = initialized.capabilities;
  check('initialize announces incremental sync, hover, definition, references, completion, symbols, rename, formatting and code actions',
    capabilities.textDocumentSync.change === protocol.TextDocumentSyncKind.Incremental && capabilities.hoverProvider && capabilities.definitionProvider
      && capabilities.referencesProvider && capabilities.completionProvider && capabilities.documentSymbolProvider && capabilities.renameProvider
      && capabilities.documentFormattingProvider && capabilities.codeActionProvider, capabilities);
  await connection.sendNotification(protocol.InitializedNotification.type, {});

  let published = nextDiagnostics(entryUri);
  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, { textDocument: { uri: entryUri, languageId: 'topo', version: 1, text: entryText } });
  let diagnostics = await published;
  check('the datacenter example opens with no diagnostics', diagnostics.diagnostics.length === 0, diagnostics);

  const hover = await connection.sendRequest(protocol.HoverRequest.type, at(entryUri, positionOf(entryText, 'host kvm-01', 6)));
  check('hover on kvm-01 shows its vCPUs and memory in use against available',
    hover && hover.contents.kind === 'markdown' && hover.contents.value.includes('28 in use of 512 available') && hover.contents.value.includes('152 GiB in use of 496 GiB available'), hover);

  const definition = await connection.sendRequest(protocol.DefinitionRequest.type, at(entryUri, positionOf(entryText, 'nic web', 5)));
  check('definition of the network of `nic web` is in common/networks.topo',
    Array.isArray(definition) && definition.length === 1 && definition[0].uri === networksUri, definition);

  const references = await connection.sendRequest(protocol.ReferencesRequest.type, { ...at(entryUri, positionOf(entryText, 'host kvm-02', 6)), context: { includeDeclaration: true } });
  check('references of kvm-02 are its declaration and the cloud that computes on it',
    Array.isArray(references) && references.length === 2 && references.every((r) => r.uri === entryUri), references);

  const completion = await connection.sendRequest(protocol.CompletionRequest.type, at(entryUri, positionOf(entryText, 'hypervisor kvm {', 11)));
  const labels = (completion.items || completion).map((item) => item.label);
  check('completion after `hypervisor` offers kvm, qemu and xen', JSON.stringify(labels) === JSON.stringify(['kvm', 'qemu', 'xen']), labels);

  const symbols = await connection.sendRequest(protocol.DocumentSymbolRequest.type, { textDocument: { uri: entryUri } });
  const host = symbols.find((symbol) => symbol.name === 'kvm-01');
  check('document symbols list kvm-01 with db-1 under it', host && host.children.some((child) => child.name === 'db-1'), symbols.map((s) => s.name));

  const rename = await connection.sendRequest(protocol.RenameRequest.type, { ...at(entryUri, positionOf(entryText, 'nic replication', 5)), newName: 'repl' });
  check('rename of the replication network edits both files',
    rename && rename.changes && rename.changes[networksUri].length === 1 && rename.changes[entryUri].length === 2, rename);

  const broken = entryText.replace('features [vmx, ept, vpid, vt-d, aes, avx2, avx512f, sse4_2, x2apic]', 'features [ept]');
  published = nextDiagnostics(entryUri);
  await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, { textDocument: { uri: entryUri, version: 2 }, contentChanges: [{ text: broken }] });
  diagnostics = await published;
  check('a change that drops vmx publishes TOPO2001', diagnostics.diagnostics.some((d) => d.code === 'TOPO2001' && d.severity === protocol.DiagnosticSeverity.Error), diagnostics);

  const typo = entryText.replace('features [vmx, ept, vpid, vt-d, aes, avx2, avx512f, sse4_2, x2apic]', 'features [vmx, etp]');
  published = nextDiagnostics(entryUri);
  await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, { textDocument: { uri: entryUri, version: 3 }, contentChanges: [{ text: typo }] });
  await published;
  const typoAt = positionOf(typo, 'etp');
  const actions = await connection.sendRequest(protocol.CodeActionRequest.type, { textDocument: { uri: entryUri }, range: { start: typoAt, end: typoAt }, context: { diagnostics: [] } });
  check('a misspelled CPU flag gets a quick fix to `ept`',
    actions.length === 1 && actions[0].kind === protocol.CodeActionKind.QuickFix && actions[0].edit.changes[entryUri][0].newText === 'ept', actions);

  const unformatted = 'host h {   memory 1 GiB\n cpu intel { cores 2 } }\n';
  published = nextDiagnostics(entryUri);
  await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, { textDocument: { uri: entryUri, version: 4 }, contentChanges: [{ text: unformatted }] });
  await published;
  const edits = await connection.sendRequest(protocol.DocumentFormattingRequest.type, { textDocument: { uri: entryUri }, options: { tabSize: 2, insertSpaces: true } });
  check('formatting returns one edit with the canonical layout',
    edits.length === 1 && edits[0].newText.startsWith('host h {\n') && edits[0].newText !== unformatted, edits);

  let refused = null;
  try {
    await connection.sendRequest(protocol.HoverRequest.type, at('file:///etc/hosts', { line: 0, character: 0 }));
  } catch (error) {
    refused = error;
  }
  check('a request on a file outside the root is an InvalidParams error', refused && refused.code === protocol.ErrorCodes.InvalidParams, refused && refused.message);

  await connection.sendRequest(protocol.ShutdownRequest.type);
  await connection.sendNotification(protocol.ExitNotification.type);
  const code = await exited;
  check('exit after shutdown ends the server with code 0', code === 0, code);
  connection.dispose();
}

const timeout = setTimeout(() => {
  console.error('client-test: the session did not finish in 100 s');
  process.exit(2);
}, 100000);

main().then(() => {
  clearTimeout(timeout);
  console.log(failures.length === 0 ? 'all checks passed' : `${failures.length} check(s) failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}, (error) => {
  console.error('client-test: ' + (error && error.stack ? error.stack : error));
  process.exit(2);
});
