// The compiler speaks the Runtime's vocabulary: one enum per word set, shared by the model,
// the rules and the emitters, so nothing maps a compiler enum onto a runtime one by name.
// Aliases rather than `using TopoLang.Runtime` everywhere: the Runtime's Host, Guest and
// Network would clash with the compiler's own names.
global using Architecture = TopoLang.Runtime.Architecture;
global using CloudPlatform = TopoLang.Runtime.CloudPlatform;
global using CpuMode = TopoLang.Runtime.CpuMode;
global using CpuVendor = TopoLang.Runtime.CpuVendor;
global using DiskBus = TopoLang.Runtime.DiskBus;
global using DiskFormat = TopoLang.Runtime.DiskFormat;
global using DomUMode = TopoLang.Runtime.DomUMode;
global using HypervisorKind = TopoLang.Runtime.HypervisorKind;
global using NetworkMode = TopoLang.Runtime.NetworkMode;
global using NicDeviceModel = TopoLang.Runtime.NicDeviceModel;
global using OsFamily = TopoLang.Runtime.OsFamily;
global using ScalingMode = TopoLang.Runtime.ScalingMode;
global using XenBackend = TopoLang.Runtime.XenBackend;

// Its value types too: one strict reader each, in the Runtime.
global using Cidr = TopoLang.Runtime.Cidr;
global using IpAddressText = TopoLang.Runtime.IpAddressText;
