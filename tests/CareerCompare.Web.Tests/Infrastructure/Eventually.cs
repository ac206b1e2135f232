using System.Diagnostics;

namespace CareerCompare.Web.Tests.Infrastructure;

/// <summary>Waits for a condition by asking again and again, instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Runs <paramref name="assertion"/> until it passes; past <paramref name="timeout"/> its last failure is the
    /// test's failure.
    /// </summary>
    public static async Task AssertAsync(Func<Task> assertion, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (watch.Elapsed < timeout)
            {
                await Task.Delay(Interval);
            }
        }
    }

    /// <summary>
    /// For a change that must not happen: runs <paramref name="assertion"/> again and again for all of
    /// <paramref name="duration"/> (a few rounds of whatever could make the change), failing at its first failure.
    /// </summary>
    public static async Task NeverFailsAsync(Func<Task> assertion, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var watch = Stopwatch.StartNew();
        do
        {
            await assertion();
            await Task.Delay(Interval);
        }
        while (watch.Elapsed < duration);
        await assertion();
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails naming <paramref name="what"/> when it does not in time.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new Xunit.Sdk.XunitException($"Waited {watch.Elapsed.TotalSeconds:F1} s for {what}.");
            }

            await Task.Delay(Interval);
        }
    }
}
