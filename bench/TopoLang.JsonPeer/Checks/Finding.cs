namespace TopoLang.JsonPeer.Checks;

/// <summary>One thing the checks found, with the compiler code of the rule it stands for.</summary>
public sealed record Finding(string Code, string Message);
