using System.Globalization;
using System.Numerics;

namespace TopoLang.Runtime
{
    /// <summary>
    /// Reads and writes sizes as text. Reading splits the text into a number and a unit and leaves
    /// judging them to <see cref="SizeConversion"/>, which the compiler's size literals use too.
    /// </summary>
    internal static class SizeText
    {
        public static SizeParseStatus TryParse(string? text, out long bytes)
        {
            bytes = 0;
            if (text == null)
            {
                return SizeParseStatus.Malformed;
            }

            var trimmed = text.Trim();
            var numberEnd = ScanNumber(trimmed);
            if (numberEnd == 0)
            {
                return SizeParseStatus.Malformed;
            }

            var unitStart = numberEnd;
            while (unitStart < trimmed.Length && (trimmed[unitStart] == ' ' || trimmed[unitStart] == '\t'))
            {
                unitStart++;
            }

            var number = ReadNumber(trimmed.Substring(0, numberEnd));
            return SizeConversion.ToBytes(number, trimmed.Substring(unitStart), out bytes);
        }

        /// <summary>The end of a number `[0-9][0-9_]*(\.[0-9]+)?` at the start of <paramref name="text"/>, or 0.</summary>
        private static int ScanNumber(string text)
        {
            if (text.Length == 0 || !IsDigit(text[0]))
            {
                return 0;
            }

            var position = 1;
            while (position < text.Length && (IsDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (position + 1 < text.Length && text[position] == '.' && IsDigit(text[position + 1]))
            {
                position += 2;
                while (position < text.Length && IsDigit(text[position]))
                {
                    position++;
                }
            }

            return position;
        }

        /// <summary>The number <see cref="ScanNumber"/> found, underscores dropped.</summary>
        private static ExactDecimal ReadNumber(string number)
        {
            var dot = number.IndexOf('.');
            var digits = (dot < 0 ? number : number.Remove(dot, 1)).Replace("_", string.Empty);
            var fractionDigits = dot < 0 ? 0 : number.Length - dot - 1;
            return new ExactDecimal(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), fractionDigits);
        }

        /// <summary>The largest binary unit that holds the size exactly, so that parsing the text gives the size back.</summary>
        public static string Format(long bytes)
        {
            if (bytes == 0)
            {
                return "0 B";
            }

            foreach (var (symbol, factor) in SizeUnits.Binary)
            {
                if (bytes % factor == 0)
                {
                    var count = bytes / factor;
                    return count.ToString(CultureInfo.InvariantCulture) + " " + symbol;
                }
            }

            return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
