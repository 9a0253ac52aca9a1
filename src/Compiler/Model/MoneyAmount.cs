namespace TopoLang.Compiler.Model;

/// <summary>A monthly amount in a currency (`300_000 KRW/month`).</summary>
public readonly record struct MoneyAmount(decimal Amount, string Currency);
