using System;
using System.Threading;

namespace ParamArena.Benchmarks.Pool;

/// <summary>
/// Runs a piece of work on the calling thread and, at the same time, on one long-lived second thread, so a
/// two-thread benchmark measures the work and not thread start-up. Waiting and waking allocate nothing.
/// </summary>
internal sealed class PairedThreadRunner : IDisposable
{
    private readonly Thread _thread;
    private readonly SemaphoreSlim _start = new(0);
    private readonly SemaphoreSlim _done = new(0);
    private Action<int>? _work;
    private volatile bool _stopping;

    /// <summary>Starts the partner thread, which waits for work.</summary>
    public PairedThreadRunner()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "benchmark-partner" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> with argument 0 here and 1 on the partner thread; returns when both finished.</summary>
    /// <param name="work">A delegate cached by the caller (creating one per call would allocate).</param>
    public void Run(Action<int> work)
    {
        _work = work;
        _start.Release();
        work(0);
        _done.Wait();
    }

    /// <summary>Stops and joins the partner thread.</summary>
    public void Dispose()
    {
        _stopping = true;
        _start.Release();
        _thread.Join();
        _start.Dispose();
        _done.Dispose();
    }

    private void Loop()
    {
        while (true)
        {
            _start.Wait();
            if (_stopping)
            {
                return;
            }

            _work!(1);
            _done.Release();
        }
    }
}
