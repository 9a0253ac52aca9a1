namespace TopoLang.Runtime
{
    /// <summary>A way a cloud can grow a deployment.</summary>
    public enum ScalingMode
    {
        /// <summary>Scale up: larger instances.</summary>
        Up,

        /// <summary>Scale out: more instances.</summary>
        Out,
    }
}
