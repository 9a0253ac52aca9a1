namespace TopoLang.Runtime
{
    /// <summary>
    /// The size units of the language, the one table of them: the compiler's unit catalog takes its
    /// size units from here. Binary units are powers of 1024, decimal ones powers of 1000.
    /// </summary>
    internal static class SizeUnits
    {
        public const long KiB = 1024L;
        public const long MiB = KiB * 1024L;
        public const long GiB = MiB * 1024L;
        public const long TiB = GiB * 1024L;
        public const long PiB = TiB * 1024L;

        /// <summary>Every size unit, in the order of docs/language.md, "Lexical structure".</summary>
        public static readonly (string Symbol, long Factor)[] All =
        {
            ("B", 1L), ("KiB", KiB), ("MiB", MiB), ("GiB", GiB), ("TiB", TiB), ("PiB", PiB),
            ("KB", 1000L), ("MB", 1000_000L), ("GB", 1000_000_000L), ("TB", 1000_000_000_000L), ("PB", 1000_000_000_000_000L),
        };

        /// <summary>Largest first, so that formatting can stop at the first unit that divides exactly.</summary>
        public static readonly (string Symbol, long Factor)[] Binary =
        {
            ("PiB", PiB), ("TiB", TiB), ("GiB", GiB), ("MiB", MiB), ("KiB", KiB), ("B", 1L),
        };

        public static bool TryGetFactor(string symbol, out long factor)
        {
            foreach (var unit in All)
            {
                if (unit.Symbol == symbol)
                {
                    factor = unit.Factor;
                    return true;
                }
            }

            factor = 0;
            return false;
        }
    }
}
