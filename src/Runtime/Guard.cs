using System;

namespace TopoLang.Runtime
{
    /// <summary>Argument checks shared by the constructors of the model types.</summary>
    internal static class Guard
    {
        public static T NotNull<T>(T? value, string name)
            where T : class =>
            value ?? throw new ArgumentNullException(name);

        public static int NotNegative(int value, string name) =>
            value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

        public static int? NotNegative(int? value, string name) =>
            value is int known ? NotNegative(known, name) : value;

        public static decimal NotNegative(decimal value, string name) =>
            value >= 0m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

        public static decimal? NotNegative(decimal? value, string name) =>
            value is decimal known ? NotNegative(known, name) : value;

        public static Size NotNegative(Size value, string name) =>
            value.Bytes >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

        public static Size? NotNegative(Size? value, string name) =>
            value is Size known ? NotNegative(known, name) : value;
    }
}
