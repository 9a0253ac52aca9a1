#!/usr/bin/env bash
# Installs, on Debian, every tool the tests run: the real consumers of TopoLang's artifacts
# (libvirt's schema and parser, Xen's xl parser, OpenStack Heat, Graphviz) and what the
# validators under tests/validators need (python3, gcc, a POSIX shell). Run as root; safe to run
# again. Without these, `dotnet test` skips the tests that need them and says what to install;
# with CI=true a missing tool fails its test instead.
set -euo pipefail

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
)

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-test-tools: every test tool is installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-tools: run as root to install: ${missing[*]}" >&2
  exit 1
fi

echo "install-test-tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
