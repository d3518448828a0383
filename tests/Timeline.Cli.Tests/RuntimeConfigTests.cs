using System.Text.Json;

namespace Timeline.Cli.Tests;

/// <summary>
/// The runtime settings the tool ships with (its runtimeconfig), which its corpus throughput depends on
/// (docs/benchmarks.md): the server collector, a 10 ms tier-up delay, no dynamic PGO, loops optimised at once.
/// </summary>
public class RuntimeConfigTests
{
    [Fact]
    public void The_tool_runs_with_the_server_collector_and_a_short_tier_up_delay()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Timeline.Cli.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.GC.Server").GetBoolean().Should().BeTrue();
        properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32().Should().Be(10);
        properties.GetProperty("System.Runtime.TieredPGO").GetBoolean().Should().BeFalse();
        properties.GetProperty("System.Runtime.TieredCompilation.QuickJitForLoops").GetBoolean().Should().BeFalse();
    }
}
