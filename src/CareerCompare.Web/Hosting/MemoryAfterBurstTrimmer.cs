using System.Runtime;
using System.Runtime.InteropServices;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Gives memory back to the system once a burst of traffic is over. During a burst the heap grows (Kestrel's
/// pinned buffers for every open connection, the collector's own budgets); when the burst ends, the server's
/// memory pool lets go of those buffers, but only a full collection frees them, and light traffic afterwards never
/// causes one, so the process would keep its peak size for hours. Every 20 seconds this looks at the heap: when
/// it holds much more than after the last full collection and little is being allocated (the burst is over),
/// it runs one full, compacting collection that returns the freed memory to the system. Never under steady load
/// (allocation is high then); off with <c>Memory:TrimAfterBurst=false</c>.
/// </summary>
public sealed partial class MemoryAfterBurstTrimmer(IConfiguration configuration, ILogger<MemoryAfterBurstTrimmer> logger) : BackgroundService
{
    private const long MiB = 1024 * 1024;

    /// <summary>How far the committed heap must have grown since the last full collection to be worth another.</summary>
    private const long Growth = 24 * MiB;

    /// <summary>Allocation in one interval above which the site counts as busy (a steady stream of pages; probes and a few visitors allocate far less).</summary>
    private const long BusyAllocation = 400 * MiB;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Memory:TrimAfterBurst", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        var settled = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var allocated = GC.GetTotalAllocatedBytes();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            var allocatedNow = GC.GetTotalAllocatedBytes();
            var busy = allocatedNow - allocated > BusyAllocation;
            allocated = allocatedNow;
            if (busy || committed - settled < Growth)
            {
                settled = Math.Min(settled, committed);
                continue;
            }

            var before = Environment.WorkingSet;
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            if (OperatingSystem.IsLinux())
            {
                // Native memory freed during the burst (SQLite's page caches and statements on many threads) sits in
                // the C library's per-thread arenas until it is handed back explicitly.
                _ = MallocTrim(0);
            }

            settled = GC.GetGCMemoryInfo().TotalCommittedBytes;
            LogTrimmed(logger, committed / MiB, settled / MiB, before / MiB, Environment.WorkingSet / MiB);
        }
    }

    // LibraryImport would need unsafe code for this one call; its marshalling here is trivial (an integer each way).
#pragma warning disable SYSLIB1054, CA1060
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054, CA1060

    [LoggerMessage(Level = LogLevel.Information, Message = "Traffic burst over: full collection, heap committed {CommittedMb} MB -> {SettledMb} MB, working set {BeforeMb} MB -> {AfterMb} MB")]
    private static partial void LogTrimmed(ILogger logger, long committedMb, long settledMb, long beforeMb, long afterMb);
}
