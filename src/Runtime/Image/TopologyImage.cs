using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// A topology and its plan, encoded as one string: what generated code holds instead of a
    /// constructor call per object. A topology of 10,000 guests and 30,000 plan steps as
    /// constructor calls is 17 MB of C# that takes the C# compiler ten seconds to bind; as an image
    /// it is one string literal of under a megabyte, read once when the generated class is first
    /// used. The string is compressed (<see cref="ImageCompression"/>); inside, every object is
    /// written field by field in constructor order (<see cref="TopologyImageWriter"/>).
    /// </summary>
    public sealed class TopologyImage
    {
        /// <summary>The format's version, the image's first value: a reader refuses any other.</summary>
        public const int FormatVersion = 1;

        private TopologyImage(Topology model, DeploymentPlan? plan)
        {
            Model = model;
            Plan = plan;
        }

        /// <summary>The topology.</summary>
        public Topology Model { get; }

        /// <summary>Its deployment plan, when the image holds one.</summary>
        public DeploymentPlan? Plan { get; }

        /// <summary>Reads an image written by the TopoLang compiler.</summary>
        /// <param name="image">The image's text.</param>
        /// <returns>The topology and its plan.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
        /// <exception cref="FormatException">The text is not an image of this version (the message says where it went wrong).</exception>
        public static TopologyImage Read(string image)
        {
            var reader = new ImageReader(ImageCompression.Unpack(Guard.NotNull(image, nameof(image))));
            var version = reader.Int32();
            if (version != FormatVersion)
            {
                throw new FormatException($"The topology image has format version {version}; this TopoLang.Runtime reads version {FormatVersion}. Build the topology with a matching TopoLang.");
            }

            var model = TopologyImageReader.Topology(reader);
            var plan = reader.Optional(() => TopologyImageReader.Plan(reader));
            if (!reader.AtEnd)
            {
                throw reader.Corrupt("the end of the image");
            }

            return new TopologyImage(model, plan);
        }

        /// <summary>The image of a topology and, when given, its plan's steps. Same objects, same text.</summary>
        internal static string Write(Topology model, IReadOnlyList<PlanStepFields>? planSteps) => ImageCompression.Pack(text => WriteText(text, model, planSteps));

        /// <summary>
        /// Writes the image's characters to <paramref name="characters"/>, as <see cref="Write(Topology, IReadOnlyList{PlanStepFields})"/>
        /// would return them: the compiler streams a fleet's nine million characters into the C# file it writes.
        /// </summary>
        internal static void Write(TextWriter characters, Topology model, IReadOnlyList<PlanStepFields>? planSteps) =>
            ImageCompression.Pack(characters, text => WriteText(text, model, planSteps));

        /// <summary>The image before it is compressed, for tests and for reading it by eye.</summary>
        internal static string Text(Topology model, IReadOnlyList<PlanStepFields>? planSteps)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            WriteText(text, model, planSteps);
            return text.ToString();
        }

        private static void WriteText(TextWriter text, Topology model, IReadOnlyList<PlanStepFields>? planSteps)
        {
            // A plan's image holds about three distinct strings per step (its id, its target, a
            // path or word of its command): 3.0 to 3.1 from 1,000 to 100,000 guests. The table is
            // sized for 3.25, since one grown past its size is sized again, twice as large.
            var writer = new ImageWriter(text, FormatVersion, expectedStrings: planSteps is null ? 0 : planSteps.Count * 13 / 4);
            TopologyImageWriter.Topology(writer, model);
            writer.Optional(planSteps, TopologyImageWriter.Plan);
        }
    }
}
