using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;
using static Abscopal.Numerics.Ode.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// Zero allocation per step (the SciML allocation tests; dotnet/runtime's TensorPrimitives style): all buffers are
/// allocated when the integrator is created, so stepping, interpolating and restarting allocate nothing.
/// </summary>
public sealed class AllocationTests
{
    private static void Run1000Steps(OdeIntegrator integrator, double[] y0, double[] buffer)
    {
        for (int k = 0; k < 1000; k++)
        {
            if (integrator.Time >= Hires.EndTime)
            {
                integrator.Reinitialize(0, y0);
            }

            integrator.Step(Hires.EndTime);
            integrator.Interpolate(0.5 * (integrator.PreviousTime + integrator.Time), buffer);
        }
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void A_Warm_Integrator_Takes_1000_HIRES_Steps_Without_Allocating(string algorithm)
    {
        // Given a warm integrator (initialised and exercised once, so that JIT and tiering are done)
        double[] y0 = Hires.InitialState();
        double[] buffer = new double[8];
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-12 };
        OdeIntegrator integrator = AlgorithmCases.Get(algorithm).CreateIntegrator(new Hires(), options);
        integrator.Initialize(0, y0);
        Run1000Steps(integrator, y0, buffer);

        // When it takes 1000 more steps (with interpolation and restarts at the end of the span), three times: the runtime
        // may allocate on this thread now and then, which only adds bytes, so the smallest count is the integrator's own
        long fewest = long.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Run1000Steps(integrator, y0, buffer);
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        // Then nothing was allocated
        Assert.Equal(0, fewest);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Solve_Allocates_The_Same_At_Any_Number_Of_Steps(string algorithm)
    {
        // Given HIRES with its four reference outputs, solved once to warm up
        OdeAlgorithm method = AlgorithmCases.Get(algorithm);
        var loose = new OdeOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-8 };
        var tight = new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 };
        Solve(Hires.Problem(), method, loose);
        Solve(Hires.Problem(), method, tight);
        OdeProblem problem = Hires.Problem();

        // When solved at a loose and at a tight tolerance (hundreds more steps), three times each: the runtime may
        // allocate on this thread now and then (CI once counted 7792 bytes for a loose solve whose own count is 2880),
        // which only ever adds bytes, so the smallest count of each is the solve's own
        long fewest = long.MaxValue;
        long most = long.MaxValue;
        OdeSolution few = null!;
        OdeSolution many = null!;
        for (int round = 0; round < 3; round++)
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            few = Solve(problem, method, loose);
            long middle = GC.GetAllocatedBytesForCurrentThread();
            many = Solve(problem, method, tight);
            long end = GC.GetAllocatedBytesForCurrentThread();
            fewest = Math.Min(fewest, middle - start);
            most = Math.Min(most, end - middle);
        }

        // Then the allocations (integrator buffers and solution arrays) do not depend on the number of steps
        Assert.True(many.Statistics.TotalSteps > few.Statistics.TotalSteps + 100);
        Assert.Equal(fewest, most);
    }
}
