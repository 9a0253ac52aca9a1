namespace TopoLang.Tests.Infrastructure;

/// <summary>The real programs the tests run, each with the Debian package that brings it.</summary>
public static class TestTools
{
    public static readonly Tool Shell = new("/bin/sh", "dash");

    /// <summary>Debian's python, which has python3-heat; a pyenv python3 earlier on PATH may not.</summary>
    public static readonly Tool SystemPython = new("/usr/bin/python3", "python3");

    /// <summary>Heat's Python package, which heat-validate.py imports.</summary>
    public static readonly Tool HeatPackage = new("/usr/lib/python3/dist-packages/heat/__init__.py", "python3-heat");

    /// <summary>PyYAML, the parser Ansible and Heat read YAML with.</summary>
    public static readonly Tool PyYaml = new("/usr/lib/python3/dist-packages/yaml/__init__.py", "python3-yaml");

    public static readonly Tool Virsh = new("virsh", "libvirt-clients");

    public static readonly Tool VirtXmlValidate = new("virt-xml-validate", "libvirt-clients");

    /// <summary>virt-xml-validate's schema check runs xmllint.</summary>
    public static readonly Tool XmlLint = new("xmllint", "libxml2-utils");

    public static readonly Tool Xl = new("/usr/lib/xen-4.17/bin/xl", "xen-utils-4.17");

    /// <summary>Builds tests/validators/xen/xl-offline.c.</summary>
    public static readonly Tool Gcc = new("gcc", "gcc");

    public static readonly Tool GraphvizNop = new("nop", "graphviz");

    public static readonly Tool GraphvizDot = new("dot", "graphviz");

    /// <summary>Runs VS Code's own libraries (vscode-textmate, vsce; vscode-jsonrpc against `topo lsp`) in the editor tests.</summary>
    public static readonly Tool Node = new("node", "nodejs");

    /// <summary>Neovim 0.7's built-in LSP client, headless, in the language-server tests.</summary>
    public static readonly Tool Neovim = new("nvim", "neovim");

    /// <summary>The CloudMonkey scripts read the ids cmk prints with jq.</summary>
    public static readonly Tool Jq = new("jq", "jq");

    public static readonly Tool AnsiblePlaybook = new("ansible-playbook", "ansible");

    public static readonly Tool AnsibleLint = new("ansible-lint", "ansible-lint");

    /// <summary>libvirt's Python binding, which community.libvirt's modules import (Debian's ansible does not bring it).</summary>
    public static readonly Tool LibvirtPython = new("/usr/lib/python3/dist-packages/libvirt.py", "python3-libvirt");

    /// <summary>Links the ahead-of-time compiled `topo` when it is published.</summary>
    public static readonly Tool Clang = new("clang", "clang");

    /// <summary>The ahead-of-time compiled runtime links against zlib.</summary>
    public static readonly Tool ZlibHeaders = new("/usr/include/zlib.h", "zlib1g-dev");

    public static Tool[] All => new[] { Shell, SystemPython, HeatPackage, PyYaml, Virsh, VirtXmlValidate, XmlLint, Xl, Gcc, GraphvizNop, GraphvizDot, Jq, Node, Neovim, AnsiblePlaybook, AnsibleLint, LibvirtPython, Clang, ZlibHeaders };
}
