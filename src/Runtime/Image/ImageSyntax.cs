namespace TopoLang.Runtime.Image
{
    /// <summary>The marks of a topology image's text, shared by its writer and its reader.</summary>
    internal static class ImageSyntax
    {
        public const char End = ';';
        public const char Null = '~';
        public const char Present = '+';
        public const char True = 'T';
        public const char False = 'F';
        public const char NewString = '\'';
        public const char LengthEnd = ':';
        public const char Repeat = '#';
    }
}
