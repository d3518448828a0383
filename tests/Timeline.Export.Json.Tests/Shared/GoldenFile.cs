using System.Runtime.CompilerServices;
using System.Text;

namespace Timeline.Export.Tests;

/// <summary>
/// Compares an exporter's bytes with a file of <c>Golden/</c>. The copy beside the test assembly is compared (CI
/// builds map source paths, so the source folder is not known there); with <c>TIMELINE_UPDATE_GOLDEN=1</c> the
/// file in the source folder is rewritten first, for review in the diff after a deliberate change. Shared by the
/// exporters' test projects (linked).
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "TIMELINE_UPDATE_GOLDEN";

    public static void Check(string name, byte[] actual, [CallerFilePath] string caller = "")
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name), actual);

        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        File.Exists(golden).Should().BeTrue($"Golden/{name} must exist (run the tests once with {UpdateVariable}=1 to write it)");
        Encoding.UTF8.GetString(actual).Should().Be(File.ReadAllText(golden, Encoding.UTF8),
            $"the output must match Golden/{name} byte for byte (after a deliberate change, rerun with {UpdateVariable}=1 and review the diff)");
        actual.Should().Equal(File.ReadAllBytes(golden));
    }
}
