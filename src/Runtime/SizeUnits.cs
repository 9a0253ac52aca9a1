namespace TopoLang.Runtime
{
    /// <summary>The size units of the language: binary units are powers of 1024, decimal ones powers of 1000.</summary>
    internal static class SizeUnits
    {
        public const long KiB = 1024L;
        public const long MiB = KiB * 1024L;
        public const long GiB = MiB * 1024L;
        public const long TiB = GiB * 1024L;
        public const long PiB = TiB * 1024L;

        /// <summary>Largest first, so that formatting can stop at the first unit that divides exactly.</summary>
        public static readonly (string Symbol, long Factor)[] Binary =
        {
            ("PiB", PiB), ("TiB", TiB), ("GiB", GiB), ("MiB", MiB), ("KiB", KiB), ("B", 1L),
        };

        public static bool TryGetFactor(string symbol, out long factor)
        {
            switch (symbol)
            {
                case "B": factor = 1L; return true;
                case "KiB": factor = KiB; return true;
                case "MiB": factor = MiB; return true;
                case "GiB": factor = GiB; return true;
                case "TiB": factor = TiB; return true;
                case "PiB": factor = PiB; return true;
                case "KB": factor = 1000L; return true;
                case "MB": factor = 1000_000L; return true;
                case "GB": factor = 1000_000_000L; return true;
                case "TB": factor = 1000_000_000_000L; return true;
                case "PB": factor = 1000_000_000_000_000L; return true;
                default: factor = 0; return false;
            }
        }
    }
}
