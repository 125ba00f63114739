using System;
using System.ComponentModel;

namespace ParamArena;

/// <summary>
/// What happens when an <see cref="ArenaCallbackAttribute"/> method throws. An exception must not unwind into the
/// native frames that called the callback (the runtime would end the process without saying why), so the generated
/// trampoline catches it, reports it here, and returns <c>default</c> to the native caller.
/// </summary>
public static class ArenaCallbacks
{
    /// <summary>
    /// Raised on the thread that ran the callback, with the callback's fully qualified name and the exception it threw.
    /// Without a handler the exception is written to standard error. A handler that throws has its own exception written
    /// to standard error as well; nothing propagates into native code.
    /// </summary>
    public static event Action<string, Exception>? UnhandledException;

    /// <summary>Reports an exception an <see cref="ArenaCallbackAttribute"/> method threw (called by generated trampolines). Never throws.</summary>
    /// <param name="callback">The callback's fully qualified name.</param>
    /// <param name="exception">What it threw.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ReportUnhandledException(string callback, Exception exception)
    {
        try
        {
            Action<string, Exception>? handler = UnhandledException;
            if (handler is not null)
            {
                handler(callback, exception);
                return;
            }
            Console.Error.WriteLine("ParamArena: the callback '" + callback + "' threw and returned default to native code: " + exception);
        }
        catch (Exception handlerException)
        {
            try
            {
                Console.Error.WriteLine("ParamArena: the UnhandledException handler threw while reporting the callback '" + callback + "': " + handlerException);
            }
            catch (Exception)
            {
                // Standard error itself failed; there is nowhere left to report to, and native code must not see an exception.
            }
        }
    }
}
