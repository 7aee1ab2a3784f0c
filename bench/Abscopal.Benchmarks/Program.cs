using Abscopal.Benchmarks.Peers;
using Abscopal.Benchmarks.Simulation;
using BenchmarkDotNet.Running;

namespace Abscopal.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project bench/Abscopal.Benchmarks -- --filter '*'</c> runs the
/// BenchmarkDotNet suites; <c>-- peers [--quick]</c> prints our side of the peer-tool comparison (bench/peers);
/// <c>-- patient-loop</c> times the steps of one patient simulation; <c>-- sbml-stiff</c> times Rodas4 on an SBML model; <c>-- sparse-fill</c> prints abscopal-core's LU fill; <c>-- core-stiff</c> times its stiff solve.
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

        if (args.Length > 0 && args[0] == "sbml-stiff")
        {
            return Numerics.SbmlStiffProbe.Run(args);
        }

        if (args.Length > 0 && args[0] == "sparse-fill")
        {
            return Numerics.SbmlStiffProbe.CoreFill();
        }

        if (args.Length > 0 && args[0] == "core-stiff")
        {
            return Numerics.SbmlStiffProbe.CoreStiff(args);
        }

        if (args.Length > 0 && args[0] == "patient-loop")
        {
            return PatientLoop.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
