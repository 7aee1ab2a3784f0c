using Abscopal.Benchmarks.Peers;
using BenchmarkDotNet.Running;

namespace Abscopal.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project bench/Abscopal.Benchmarks -- --filter '*'</c> runs the
/// BenchmarkDotNet suites; <c>-- peers [--quick]</c> prints our side of the peer-tool comparison (bench/peers).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "peers")
        {
            return PeerComparison.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
