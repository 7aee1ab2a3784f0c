using Abscopal.Models.Patients;
using Abscopal.Numerics.Random;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Simulation.Ensembles;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Simulation.Tests.Ensembles;

/// <summary>Ensembles: bit-identical for any thread count and chunk size (ARCHITECTURE.md, "Rules of the house"), streamed in bounded memory.</summary>
[Collection(RunsAlone.Name)]
public class EnsembleTests
{
    private static readonly double[] s_assessments = [0, 42, 84];

    // A small virtual cohort: 2 lesions with sizes and RSI drawn from the patient's stream, SBRT to the first, pembrolizumab q3w.
    private static void SimulatePatient(long index, ref RandomStream random, object worker, OutcomeAccumulator totals)
    {
        var liver = 10 + (30 * random.NextDouble());
        var lung = 10 + (20 * random.NextDouble());
        var rsi = 0.2 + (0.4 * random.NextDouble());
        var patient = new Patient(HostSpecies.Human, 70, [Lesion.FromDiameter("liver1", AnatomicSite.Liver, liver), Lesion.FromDiameter("lung1", AnatomicSite.Lung, lung)],
            BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { Rsi = rsi, TilsPercent = 50 * random.NextDouble() });
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new DrugRegimen("pembrolizumab", DrugDose.Flat(200), 0, 21, 4)]);
        var sim = Simulator.Run(SimulationRequest.For("abscopal-core") with { Patient = patient, Plan = plan, Options = new SimulationOptions { Days = 84, OutputEveryDays = 42 } });
        totals.Add(PatientReadout.Evaluate(sim, s_assessments));
    }

    private static OutcomeAccumulator Run(int threads, int chunk, long count = 24) =>
        Ensemble.Run(count, new EnsembleOptions { Seed = 7, Threads = threads, ChunkSize = chunk }, () => new object(), () => new OutcomeAccumulator(), SimulatePatient);

    [Fact]
    public void Results_Are_Bit_Identical_For_Any_Thread_Count_And_Chunk_Size()
    {
        // Given the same 24 virtual patients run on 1 thread in chunks of 24, on 2 threads in chunks of 1, on 4 threads in chunks of 7
        var reference = Run(1, 24);
        foreach (var (threads, chunk) in new[] { (2, 1), (4, 7), (4, 64) })
        {
            var other = Run(threads, chunk);

            // Then every count, the survival table and the mean ALC nadir are bit-identical
            Assert.Equal(reference.Patients, other.Patients);
            Assert.Equal(reference.Responses.Successes, other.Responses.Successes);
            Assert.Equal(reference.AbscopalResponses.Successes, other.AbscopalResponses.Successes);
            Assert.Equal(reference.DiseaseControl.Successes, other.DiseaseControl.Successes);
            Assert.Equal(reference.LymphopeniaGrades, other.LymphopeniaGrades);
            Assert.Equal(BitConverter.DoubleToInt64Bits(reference.MeanAlcNadir), BitConverter.DoubleToInt64Bits(other.MeanAlcNadir));
            var a = reference.ProgressionFree.ToTable();
            var b = other.ProgressionFree.ToTable();
            Assert.Equal(a.Times.ToArray(), b.Times.ToArray());
            Assert.Equal(a.Events.ToArray(), b.Events.ToArray());
            Assert.Equal(a.Censored.ToArray(), b.Censored.ToArray());
        }

        // And the patients really differ (the cohort is not degenerate): their ALC nadirs are not all one value
        Assert.Equal(24, reference.Patients);
        Assert.True(reference.LymphopeniaGrades.Sum() == 24);
    }

    [Fact]
    public void A_Patient_Draws_From_Its_Own_Stream_Seed_And_Index()
    {
        // Given an ensemble that records the first draw of each patient
        var seen = Ensemble.Run(100, new EnsembleOptions { Seed = 11, Threads = 3, ChunkSize = 5 }, () => 0, () => new Draws(),
            (long i, ref RandomStream r, int _, Draws d) => d.Values[i] = r.NextUInt64());

        // Then patient i's draw is the first number of stream (11, i), whoever ran it
        for (var i = 0; i < 100; i++)
        {
            var expected = new RandomStream(11, (ulong)i);
            Assert.Equal(expected.NextUInt64(), seen.Values[i]);
        }
    }

    [Fact]
    [Trait("Category", "Memory")]
    public void A_Large_Ensemble_Streams_In_Bounded_Memory()
    {
        // Given synthetic patients (no ODE, to keep CI short) whose outcome is drawn from their stream: PFS at one of 7 assessment days
        static void Synthetic(long i, ref RandomStream r, object w, OutcomeAccumulator a)
        {
            var visit = 1 + r.NextInt32(6);
            var progressed = r.NextDouble() < 0.7;
            var best = (RecistResponse)r.NextInt32(4);
            a.Add(new PatientOutcome(best, best, -50 * r.NextDouble(), 42 * visit, progressed, new AlcNadir(10, 200 + (1500 * r.NextDouble()), 0)));
        }

        OutcomeAccumulator Go(long n) => Ensemble.Run(n, new EnsembleOptions { Seed = 3, Threads = 2, ChunkSize = 256 }, () => new object(), () => new OutcomeAccumulator(), Synthetic);

        // When 10 000 and then 200 000 patients are run, measuring memory still held afterwards (the collection runs alone, see below)
        Go(1000);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var small = Go(10_000);
        var afterSmall = GC.GetTotalMemory(forceFullCollection: true) - before;
        var large = Go(200_000);
        var afterLarge = GC.GetTotalMemory(forceFullCollection: true) - before;

        // Then the totals count every patient, but the retained memory does not grow with the patients: 190 000 more patients hold
        // < 1 MB more (< 6 B a patient; one kept row of even five doubles would be 40 B a patient, 7.6 MB), because the accumulator
        // keeps counts per distinct PFS day (7 rows), not per patient. The margin absorbs process noise (new pool threads, JIT tiers),
        // which once exceeded a 64 KB bound in a full-solution run.
        Assert.Equal(10_000, small.Patients);
        Assert.Equal(200_000, large.Patients);
        Assert.Equal(12, large.ProgressionFree.ToTable().Times.Length + small.ProgressionFree.ToTable().Times.Length);
        Assert.True(afterLarge - afterSmall < 1024 * 1024, $"held {afterSmall} B after 10k and {afterLarge} B after 200k patients");
        GC.KeepAlive(small);
        GC.KeepAlive(large);
    }

    private sealed class Draws : IMergeable<Draws>
    {
        public ulong[] Values { get; } = new ulong[100];

        public void Merge(Draws other)
        {
            for (var i = 0; i < Values.Length; i++)
            {
                Values[i] |= other.Values[i];
            }
        }
    }
}
