// The VS Code client of TopoLang: starts `topo lsp` (the settings topolang.server.path and
// topolang.server.args) over stdio for .topo documents. Highlighting comes from the TextMate
// grammar and needs no server; everything else (diagnostics, hover, completion, definition,
// references, rename, outline, formatting, quick fixes) comes from the server.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { resolveServerCommand } = require('./server-command');

const languageId = 'topolang';
let client;
let output;

function workspaceFolderPath() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
}

async function reportMissingServer(problem) {
  output.appendLine(problem);
  const choice = await vscode.window.showErrorMessage(problem, 'Open Settings');
  if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'topolang.server');
  }
}

function createClient(file, args, cwd) {
  // TransportKind.stdio makes the client add `--stdio` to the arguments.
  const run = { command: file, args, transport: TransportKind.stdio, options: cwd ? { cwd } : undefined };
  const serverOptions = { run, debug: run };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: languageId }],
    // Imports: a change to any .topo file of the workspace may change the diagnostics of another.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.topo') },
    outputChannel: output,
  };
  return new LanguageClient(languageId, 'TopoLang', serverOptions, clientOptions);
}

async function startClient() {
  const configuration = vscode.workspace.getConfiguration('topolang');
  const command = configuration.get('server.path', 'topo');
  const args = configuration.get('server.args', ['lsp']);
  const cwd = workspaceFolderPath();
  const resolved = resolveServerCommand(command, { baseFolder: cwd });
  if (resolved.problem) {
    await reportMissingServer(resolved.problem);
    return;
  }

  output.appendLine(`Starting ${resolved.file} ${args.join(' ')} --stdio`);
  client = createClient(resolved.file, args, cwd);
  try {
    await client.start();
  } catch (error) {
    const message = `The TopoLang language server (${resolved.file} ${args.join(' ')}) did not start: ${error && error.message ? error.message : error}`;
    output.appendLine(message);
    client = undefined;
    vscode.window.showErrorMessage(message);
  }
}

async function stopClient() {
  if (client) {
    const stopping = client;
    client = undefined;
    await stopping.stop();
  }
}

async function restartClient() {
  await stopClient();
  await startClient();
}

async function activate(context) {
  output = vscode.window.createOutputChannel('TopoLang');
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand('topolang.restartServer', restartClient));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) =>
    event.affectsConfiguration('topolang.server') ? restartClient() : undefined));
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
