#!/usr/bin/env bash
# Installs, on Debian, every tool the tests run: the real consumers of TopoLang's artifacts
# (libvirt's schema and parser, Xen's xl parser, OpenStack Heat, Graphviz, Ansible), the editor
# clients the language server is tested with (Neovim, and Node.js for VS Code's own client
# libraries), and what the validators under tests/validators need (python3, gcc, a POSIX shell).
# Run as root for the Debian packages; safe to run again. Without these, `dotnet test` skips the
# tests that need them and says what to install; with CI=true a missing tool fails its test.
set -euo pipefail
cd "$(dirname "$0")/.."

# --no-install-recommends keeps the Xen hypervisor and a change to the boot loader out: only
# xl's user-space tools are wanted, never a machine that boots into Xen.
packages=(
  dash             # /bin/sh for the CloudMonkey scripts' shell checks
  python3          # the Heat and CloudStack validators
  gcc              # builds tests/validators/xen/xl-offline.c
  libvirt-clients  # virsh (test:///default driver) and virt-xml-validate
  libxml2-utils    # xmllint, which virt-xml-validate runs
  graphviz         # dot and nop
  xen-utils-4.17   # xl
  python3-heat     # Heat's own template validation
  python3-yaml     # PyYAML, Ansible's YAML reader, reads back what the YAML writer writes
  jq               # the CloudMonkey scripts read created ids with it
  ansible          # ansible-playbook, with the community.libvirt, openstack.cloud and ngine_io.cloudstack collections
  ansible-lint     # lints the generated playbooks
  python3-libvirt  # libvirt's Python binding, which the community.libvirt modules import
  neovim           # a real LSP client (0.7) for the language-server tests
  nodejs           # node, which runs VS Code's own libraries in the editor tests
  npm              # installs the npm folders below
  clang            # links the ahead-of-time compiled `topo` (dotnet publish src/Cli -r RID)
  zlib1g-dev       # zlib's headers, which that link needs
)

# The npm folders of the repository whose packages the tests run (each has a package-lock.json).
npm_folders=(
  editors/vscode   # the VS Code extension: vscode-textmate and vscode-oniguruma test its grammar, vsce packages it
  tests/clients/lsp  # vscode-jsonrpc and vscode-languageserver-protocol, which drive `topo lsp`
)

# Node.js and npm come from Debian unless the machine already has them (NodeSource's nodejs
# brings its own npm, and Debian's npm would conflict with it): for these packages, the command
# on PATH counts as installed.
declare -A command_of_package=([nodejs]=node [npm]=npm)

is_installed() {
  local package="$1"
  local command="${command_of_package[$package]:-}"
  dpkg -s "$package" >/dev/null 2>&1 || { [ -n "$command" ] && command -v "$command" >/dev/null 2>&1; }
}

install_debian_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    is_installed "$package" || missing+=("$package")
  done

  if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-test-tools: every Debian package is installed"
    return
  fi

  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-tools: run as root to install: ${missing[*]}" >&2
    exit 1
  fi

  echo "install-test-tools: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_npm_folders() {
  for folder in "${npm_folders[@]}"; do
    echo "install-test-tools: npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  done
}

install_debian_packages
install_npm_folders
