using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Documentation;

/// <summary>
/// One kind of block as the reference documents it: its title (`hypervisor kvm`, `scale out`),
/// how it is written (null for the top level of a file, which is not written as a block), the
/// schema behind it, and the titles of the blocks it may stand in.
/// </summary>
internal sealed record BlockSection(string Title, string? Form, BlockSpec Spec, ImmutableArray<string> FoundIn);
