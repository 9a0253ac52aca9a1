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
  ansible          # ansible-playbook, with the community.libvirt, openstack.cloud and ngine_io.cloudstack collections
  ansible-lint     # lints the generated playbooks
  python3-libvirt  # libvirt's Python binding, which the community.libvirt modules import
  neovim           # a real LSP client (0.7) for the language-server tests
)

# The npm folders of the repository whose packages the tests run (each has a package-lock.json).
npm_folders=(
)

install_debian_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  # Node.js and npm come from Debian unless the machine already has them (NodeSource's nodejs
  # brings its own npm).
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)

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
