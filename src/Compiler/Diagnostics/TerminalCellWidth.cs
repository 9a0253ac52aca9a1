using System.Globalization;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// How many terminal cells a character takes, so the underline stays under the span when the
/// line holds Hangul, CJK or emoji (two cells) or combining marks (none). An approximation of
/// wcwidth: enough for underlines, not a full East Asian Width table.
/// </summary>
internal static class TerminalCellWidth
{
    public static int Of(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(codePoint) ? 2 : 1;
    }

    private static bool IsWide(int codePoint) => codePoint switch
    {
        >= 0x1100 and <= 0x115F => true,   // Hangul Jamo initials
        >= 0x2E80 and <= 0x303E => true,   // CJK radicals, punctuation
        >= 0x3041 and <= 0x33FF => true,   // kana, CJK compatibility
        >= 0x3400 and <= 0x4DBF => true,   // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xA000 and <= 0xA4CF => true,   // Yi
        >= 0xAC00 and <= 0xD7A3 => true,   // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true,   // CJK compatibility forms
        >= 0xFF00 and <= 0xFF60 => true,   // fullwidth forms
        >= 0xFFE0 and <= 0xFFE6 => true,   // fullwidth signs
        >= 0x1F300 and <= 0x1F64F => true, // pictographs, emoticons
        >= 0x1F900 and <= 0x1F9FF => true, // supplemental pictographs
        >= 0x20000 and <= 0x3FFFD => true, // CJK extensions B and later
        _ => false,
    };
}
