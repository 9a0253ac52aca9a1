namespace TopoLang.Compiler.Emit.Targets;

/// <summary>The kinds of output a topology compiles to besides its C# model and its plan.</summary>
public enum TargetKind { Libvirt, Xen, Heat, CloudStack, Graph }
