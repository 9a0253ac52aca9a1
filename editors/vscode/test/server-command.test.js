// How the extension finds `topo` (server-command.js), under node's own test runner:
// `node --test test/server-command.test.js`.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { resolveServerCommand } = require('../server-command');

const folders = [];
test.after(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function folderWith(files) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'topolang-server-'));
  folders.push(folder);
  for (const [name, mode] of Object.entries(files)) {
    fs.writeFileSync(path.join(folder, name), '#!/bin/sh\n', { mode });
  }
  return folder;
}

test('a bare name is found on PATH', { skip: process.platform === 'win32' }, () => {
  const folder = folderWith({ topo: 0o755 });
  const resolved = resolveServerCommand('topo', { env: { PATH: ['/nonexistent', folder].join(path.delimiter) } });
  assert.deepStrictEqual(resolved, { file: path.join(folder, 'topo') });
});

test('a name missing from PATH gets a message naming it and the setting', () => {
  const resolved = resolveServerCommand('topo', { env: { PATH: folderWith({}) } });
  assert.strictEqual(resolved.file, undefined);
  assert.match(resolved.problem, /'topo' was not found on PATH/);
  assert.match(resolved.problem, /topolang\.server\.path/);
});

test('a file that is not executable is not a server', { skip: process.platform === 'win32' }, () => {
  const folder = folderWith({ topo: 0o644 });
  const resolved = resolveServerCommand(path.join(folder, 'topo'), { env: { PATH: '' } });
  assert.match(resolved.problem, /does not exist or is not executable/);
});

test('a relative path is read from the workspace folder', { skip: process.platform === 'win32' }, () => {
  const folder = folderWith({ topo: 0o755 });
  const resolved = resolveServerCommand('./topo', { env: { PATH: '' }, baseFolder: folder });
  assert.deepStrictEqual(resolved, { file: path.join(folder, 'topo') });
});

test('an empty setting is reported, not started', () => {
  const resolved = resolveServerCommand('  ', { env: { PATH: '/usr/bin' } });
  assert.match(resolved.problem, /topolang\.server\.path is empty/);
});

test('on Windows a name is found with an extension of PATHEXT', () => {
  const folder = folderWith({ 'topo.exe': 0o755 });
  const resolved = resolveServerCommand('topo', { env: { PATH: folder, PATHEXT: '.EXE;.CMD' }, platform: 'win32' });
  assert.deepStrictEqual(resolved, { file: path.join(folder, 'topo.exe') });
});
