using System;
using System.Collections.Generic;
using System.Net;
using TopoLang.JsonPeer.Model;

namespace TopoLang.JsonPeer.Checks;

/// <summary>
/// TOPO5001 and TOPO5003: CIDRs, gateways and nic addresses that do not parse; gateways and
/// nic addresses outside their network, reserved, or already taken in it (the gateway first,
/// then nics in order); and nics on a network that does not exist.
/// </summary>
public static class AddressCheck
{
    public static void Run(JsonFleet fleet, List<Finding> findings)
    {
        var networks = Networks(fleet, findings);
        foreach (var host in fleet.Hosts)
        {
            foreach (var guest in host.Hypervisor.Guests)
            {
                foreach (var nic in guest.Nics)
                {
                    CheckNic(networks, guest, nic, findings);
                }
            }
        }
    }

    /// <summary>Each network with a valid CIDR, its gateway claimed.</summary>
    private static Dictionary<string, NetworkClaims> Networks(JsonFleet fleet, List<Finding> findings)
    {
        var networks = new Dictionary<string, NetworkClaims>(fleet.Networks.Count, StringComparer.Ordinal);
        foreach (var network in fleet.Networks)
        {
            if (!IPNetwork.TryParse(network.Cidr, out var block))
            {
                findings.Add(new Finding("TOPO5001", $"network '{network.Name}': '{network.Cidr}' is not a CIDR"));
                continue;
            }

            var claims = new NetworkClaims(block);
            if (network.Gateway is { } gateway)
            {
                Place(claims, gateway, isGateway: true, $"gateway of network '{network.Name}'", findings);
            }

            networks.TryAdd(network.Name, claims);
        }

        return networks;
    }

    private static void CheckNic(Dictionary<string, NetworkClaims> networks, JsonGuest guest, JsonNic nic, List<Finding> findings)
    {
        if (!networks.TryGetValue(nic.Network, out var claims))
        {
            findings.Add(new Finding("TOPO1001", $"guest '{guest.Name}': no network '{nic.Network}'"));
        }
        else if (nic.Ip is { } ip)
        {
            Place(claims, ip, isGateway: false, $"nic of guest '{guest.Name}'", findings);
        }
    }

    private static void Place(NetworkClaims claims, string text, bool isGateway, string owner, List<Finding> findings)
    {
        if (!IPAddress.TryParse(text, out var address))
        {
            findings.Add(new Finding("TOPO5001", $"{owner}: '{text}' is not an IP address"));
        }
        else if (claims.Claim(address, isGateway) is { } fault)
        {
            findings.Add(new Finding("TOPO5003", $"{owner}: '{text}' {fault}"));
        }
    }
}
