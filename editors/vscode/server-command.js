// Finds the program `topolang.server.path` names, before the language client tries to start it:
// a missing `topo` is then one clear message with what to do, not a failed spawn in the log.
// Free of the `vscode` module, so that test/server-command.test.js runs it under plain node.
'use strict';

const fs = require('fs');
const path = require('path');

function isExecutableFile(file) {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (process.platform !== 'win32') {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/** The names a command may have on disk: `topo`, and on Windows `topo.exe`, `topo.cmd`, ... */
function candidateNames(command, env, platform) {
  if (platform !== 'win32' || path.extname(command) !== '') {
    return [command];
  }
  const extensions = (env.PATHEXT || '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean);
  return [command, ...extensions.map((extension) => command + extension.toLowerCase())];
}

/**
 * Resolves the server command: a path (absolute, or relative to `baseFolder`) must be an
 * executable file; a bare name is looked up on PATH. Returns { file } or { problem }.
 */
function resolveServerCommand(command, { env = process.env, platform = process.platform, baseFolder } = {}) {
  const setting = 'topolang.server.path';
  if (typeof command !== 'string' || command.trim() === '') {
    return { problem: `The setting ${setting} is empty: set it to the topo command (default: topo on PATH).` };
  }

  const names = candidateNames(command, env, platform);
  if (command.includes('/') || command.includes('\\')) {
    const absolute = path.resolve(baseFolder || process.cwd(), command);
    const found = names.map((name) => path.resolve(baseFolder || process.cwd(), name)).find(isExecutableFile);
    return found
      ? { file: found }
      : { problem: `The TopoLang language server '${absolute}' (${setting}) does not exist or is not executable. Build topo (see the extension's README) or correct the setting.` };
  }

  const folders = (env.PATH || env.Path || '').split(path.delimiter).filter(Boolean);
  for (const folder of folders) {
    const found = names.map((name) => path.join(folder, name)).find(isExecutableFile);
    if (found) {
      return { file: found };
    }
  }
  return {
    problem: `The TopoLang language server '${command}' was not found on PATH. Install topo (dotnet tool install --global TopoLang.Cli, see the extension's README) or set ${setting} to its full path.`,
  };
}

module.exports = { resolveServerCommand };
