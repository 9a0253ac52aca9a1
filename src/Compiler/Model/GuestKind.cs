namespace TopoLang.Compiler.Model;

// The closed word sets of docs/reference.md are the Runtime's enums (see RuntimeVocabulary.cs);
// only the compiler knows whether a guest was written as `guest` or `domu`.
// Words map to members by dropping '-' and '_' and ignoring case, see ModelWords.

public enum GuestKind { Guest, DomU }
