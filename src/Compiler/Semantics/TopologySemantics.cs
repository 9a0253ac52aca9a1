using System;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;
using TopoLang.Compiler.Semantics.Capacity;
using TopoLang.Compiler.Semantics.Names;

namespace TopoLang.Compiler.Semantics;

/// <summary>
/// What is known of a bound topology beyond its model: where each hypervisor runs, what each
/// host can hold, which driver domain serves whom, the C# names of the generated code, which
/// address is written in which network, and the symbols with their declarations and references.
/// Each analysis is computed on first use and kept, so that the rules and the emitters read one
/// answer and never compute it twice.
/// </summary>
public sealed class TopologySemantics
{
    private readonly Lazy<ImmutableArray<GuestModel>> _guests;
    private readonly Lazy<ImmutableArray<HypervisorSite>> _hypervisorSites;
    private readonly Lazy<ImmutableArray<HypervisorSite>> _xenSites;
    private readonly Lazy<HostCapacities> _hostCapacities;
    private readonly Lazy<DriverDomainIndex> _driverDomains;
    private readonly Lazy<TopologyNames> _names;
    private readonly Lazy<AddressBook> _addresses;

    public TopologySemantics(TopologyModel model, SymbolTable symbols)
    {
        Model = model;
        Symbols = symbols;
        _guests = new(() => GuestsInSourceOrder.Of(model));
        _hypervisorSites = new(() => HypervisorSite.All(model).ToImmutableArray());
        _xenSites = new(() => HypervisorSites.Where(site => site.Hypervisor.Kind.Value == HypervisorKind.Xen).ToImmutableArray());
        _hostCapacities = new(() => HostCapacities.Compute(model));
        _driverDomains = new(() => DriverDomainIndex.Build(XenSites));
        _names = new(() => TopologyNames.For(model, Guests));
        _addresses = new(() => AddressBook.For(model, Guests));
    }

    public TopologyModel Model { get; }

    /// <summary>Every declared entity, where it is declared, and every reference to it.</summary>
    public SymbolTable Symbols { get; }

    /// <summary>Every hypervisor, on hosts and nested in guests at any depth.</summary>
    /// <summary>Every guest and domU, nested ones after the guest that runs them, in source order.</summary>
    public ImmutableArray<GuestModel> Guests => _guests.Value;

    public ImmutableArray<HypervisorSite> HypervisorSites => _hypervisorSites.Value;

    /// <summary>The Xen hypervisors among <see cref="HypervisorSites"/>.</summary>
    public ImmutableArray<HypervisorSite> XenSites => _xenSites.Value;

    /// <summary>What each host can hold and what its guests ask of it (TOPO4001–4003, the plan's summary).</summary>
    public HostCapacities HostCapacities => _hostCapacities.Value;

    /// <summary>Every driver domain by name, with the Xen it runs under.</summary>
    public DriverDomainIndex DriverDomains => _driverDomains.Value;

    /// <summary>The C# names of the generated code (TOPO1010 and the emitter agree on them).</summary>
    public TopologyNames Names => _names.Value;

    /// <summary>The networks by name with their ranges, the addresses written in each, and every nic's network.</summary>
    public AddressBook Addresses => _addresses.Value;
}
