using System;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Reads an IPv4 address as <see cref="Runtime.Ipv4Text"/> does (four decimal octets 0-255, no
/// leading zeros) from characters that are not a string: a nic's address read from its source
/// into its 32 bits, so that a fleet's 100,000 addresses are never made into strings. It only
/// says whether the text reads; <see cref="Runtime.Ipv4Text"/> says why one does not.
/// </summary>
internal static class DottedQuad
{
    public static bool TryRead(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        var octets = 0;
        var value = 0;
        var digits = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '.';
            if (c is >= '0' and <= '9')
            {
                // A fourth digit, or a digit after a leading zero, is no octet.
                if (digits == 3 || (digits == 1 && value == 0))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
                digits++;
            }
            else if (c == '.' && digits > 0 && value <= 255 && octets < 4)
            {
                address = (address << 8) | (uint)value;
                octets++;
                (value, digits) = (0, 0);
            }
            else
            {
                return false;
            }
        }

        return octets == 4;
    }
}
