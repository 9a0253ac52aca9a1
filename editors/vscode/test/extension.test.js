// extension.js under node's test runner, against stand-ins for the two modules only VS Code
// provides: `vscode` (the editor's API) and the LanguageClient of `vscode-languageclient/node`,
// which here records what it is asked to start instead of starting it.
// `node --test test/extension.test.js`.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const Module = require('module');
const os = require('os');
const path = require('path');

const manifest = require('../package.json');
const TransportKind = { stdio: 0, ipc: 1, pipe: 2, socket: 3 };

/** One editor session: settings, a workspace folder, and what the extension did. */
function createEditor({ settings = {}, workspaceFolder } = {}) {
  const editor = { settings, clients: [], errors: [], commands: new Map(), configurationListeners: [], output: [] };
  editor.vscode = {
    workspace: {
      workspaceFolders: workspaceFolder ? [{ uri: { fsPath: workspaceFolder } }] : undefined,
      getConfiguration: (section) => ({
        get: (key, fallback) => (Object.hasOwn(editor.settings, `${section}.${key}`) ? editor.settings[`${section}.${key}`] : fallback),
      }),
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
      onDidChangeConfiguration: (listener) => {
        editor.configurationListeners.push(listener);
        return { dispose() {} };
      },
    },
    window: {
      createOutputChannel: () => ({ appendLine: (line) => editor.output.push(line), dispose() {} }),
      showErrorMessage: async (message, ...actions) => {
        editor.errors.push({ message, actions });
        return undefined;
      },
    },
    commands: {
      registerCommand: (id, handler) => {
        editor.commands.set(id, handler);
        return { dispose() {} };
      },
      executeCommand: async () => undefined,
    },
  };
  editor.languageClient = {
    TransportKind,
    LanguageClient: class {
      constructor(id, name, serverOptions, clientOptions) {
        Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
        editor.clients.push(this);
      }

      async start() {
        this.started = true;
      }

      async stop() {
        this.stopped = true;
      }
    },
  };
  return editor;
}

/** Loads a fresh copy of extension.js that sees the editor's stand-ins. */
function loadExtension(editor) {
  const extensionPath = require.resolve('../extension');
  delete require.cache[extensionPath];
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') {
      return editor.vscode;
    }
    if (request === 'vscode-languageclient/node') {
      return editor.languageClient;
    }
    return load.call(this, request, ...rest);
  };
  try {
    return require(extensionPath);
  } finally {
    Module._load = load;
  }
}

const folders = [];
const originalPath = process.env.PATH;
test.afterEach(() => {
  process.env.PATH = originalPath;
});
test.after(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A folder holding an executable `topo`, put alone on PATH for the test. */
function topoOnPath() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'topolang-extension-'));
  folders.push(folder);
  const topo = path.join(folder, process.platform === 'win32' ? 'topo.cmd' : 'topo');
  fs.writeFileSync(topo, '#!/bin/sh\n', { mode: 0o755 });
  process.env.PATH = folder;
  return topo;
}

async function activate(editor) {
  const extension = loadExtension(editor);
  await extension.activate({ subscriptions: [] });
  return extension;
}

test('starts topo lsp over stdio for .topo documents', async () => {
  const topo = topoOnPath();
  const editor = createEditor({ workspaceFolder: path.dirname(topo) });

  await activate(editor);

  assert.strictEqual(editor.clients.length, 1);
  const [client] = editor.clients;
  assert.strictEqual(client.started, true);
  assert.deepStrictEqual(client.serverOptions.run, { command: topo, args: ['lsp'], transport: TransportKind.stdio, options: { cwd: path.dirname(topo) } });
  assert.deepStrictEqual(client.clientOptions.documentSelector, [{ scheme: 'file', language: manifest.contributes.languages[0].id }]);
  assert.strictEqual(client.clientOptions.synchronize.fileEvents.glob, '**/*.topo');
  assert.deepStrictEqual(editor.errors, []);
});

test('says topo is missing, with the way to the settings, and starts nothing', async () => {
  topoOnPath();
  const editor = createEditor({ settings: { 'topolang.server.path': 'topo-that-is-not-installed' } });

  await activate(editor);

  assert.strictEqual(editor.clients.length, 0);
  assert.strictEqual(editor.errors.length, 1);
  assert.match(editor.errors[0].message, /'topo-that-is-not-installed' was not found on PATH/);
  assert.deepStrictEqual(editor.errors[0].actions, ['Open Settings']);
});

test('runs the server path and arguments of the settings', async () => {
  const topo = topoOnPath();
  process.env.PATH = '';
  const editor = createEditor({ settings: { 'topolang.server.path': topo, 'topolang.server.args': ['lsp', '--root', '/srv/topo'] } });

  await activate(editor);

  assert.strictEqual(editor.clients[0].serverOptions.run.command, topo);
  assert.deepStrictEqual(editor.clients[0].serverOptions.run.args, ['lsp', '--root', '/srv/topo']);
});

test('restarts the server when its settings change', async () => {
  topoOnPath();
  const editor = createEditor();
  await activate(editor);

  editor.settings['topolang.server.args'] = ['lsp', '--verbose'];
  await Promise.all(editor.configurationListeners.map((listener) => listener({ affectsConfiguration: (section) => section === 'topolang.server' })));

  assert.strictEqual(editor.clients.length, 2);
  assert.strictEqual(editor.clients[0].stopped, true);
  assert.deepStrictEqual(editor.clients[1].serverOptions.run.args, ['lsp', '--verbose']);
});

test('leaves the server alone when other settings change', async () => {
  topoOnPath();
  const editor = createEditor();
  await activate(editor);

  await Promise.all(editor.configurationListeners.map((listener) => listener({ affectsConfiguration: () => false })));

  assert.strictEqual(editor.clients.length, 1);
  assert.strictEqual(editor.clients[0].stopped, false);
});

test('registers the restart command the manifest contributes', async () => {
  topoOnPath();
  const editor = createEditor();
  await activate(editor);

  const contributed = manifest.contributes.commands.map((command) => command.command);
  assert.deepStrictEqual([...editor.commands.keys()], contributed);
  await editor.commands.get('topolang.restartServer')();
  assert.strictEqual(editor.clients.length, 2);
  assert.strictEqual(editor.clients[0].stopped, true);
});

test('stops the server when deactivated', async () => {
  topoOnPath();
  const editor = createEditor();
  const extension = await activate(editor);

  await extension.deactivate();

  assert.strictEqual(editor.clients[0].stopped, true);
});
