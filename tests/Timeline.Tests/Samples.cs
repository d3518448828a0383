namespace Timeline.Tests;

/// <summary>The sample articles of <c>samples/</c>, copied next to the test assembly.</summary>
internal static class Samples
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <summary>The sample whose file name starts with <paramref name="number"/> (<c>"000"</c>).</summary>
    public static string Read(string number) =>
        File.ReadAllText(System.IO.Directory.GetFiles(Directory, number + "_*.txt").Single());

    public static IReadOnlyList<string> All() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
}
