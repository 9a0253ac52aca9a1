using Acme.Datacenter;

// DatacenterTopology is not in this folder: TopoLang.MsBuild generates it during the build from
// ../datacenter/datacenter.topo (namespace Acme.Datacenter), with its deployment plan.
var topology = DatacenterTopology.Model;
var plan = DatacenterTopology.Plan;

Console.WriteLine($"topology {topology.Name} (namespace {topology.Namespace})");
Console.WriteLine($"{topology.Hosts.Count} hosts, {topology.AllGuests.Count()} guests, {topology.Networks.Count} networks, {topology.Clouds.Count} clouds, {topology.Deployments.Count} deployments");

foreach (var host in topology.Hosts)
{
    Console.WriteLine($"host {host.Name}: {host.Cpu.Vendor} {host.Cpu.Sockets * host.Cpu.Cores} cores, {host.Memory}, {host.Hypervisor.Kind}, {Plural(host.Hypervisor.Guests.Count, "guest")}");
}

foreach (var network in topology.Networks)
{
    var vlan = network.Vlan is int id ? $" vlan {id}" : string.Empty;
    Console.WriteLine($"network {network.Name}: {network.Cidr}{vlan} {network.Mode}");
}

foreach (var deployment in topology.Deployments)
{
    Console.WriteLine($"deployment {deployment.Name} on {deployment.Cloud}: {string.Join(", ", deployment.Instances.Select(i => $"{i.Count} x {i.Name}"))}");
}

// A typed path into the model: the generated classes name every host, guest and network.
var web = DatacenterTopology.Hosts.Kvm01.Hypervisor.Guests.Count(guest => guest.Name.StartsWith("web-", StringComparison.Ordinal));
Console.WriteLine($"web servers on kvm-01: {web}");

Console.WriteLine($"plan: {plan.Steps.Count} steps in {plan.Stages.Count} stages; first: {string.Join(", ", plan.Stages[0].Select(step => step.Id))}");

static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
