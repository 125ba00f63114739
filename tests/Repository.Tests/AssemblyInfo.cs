using System.Runtime.Versioning;

// The scripts under test are bash scripts run on Linux, as CI runs them.
[assembly: SupportedOSPlatform("linux")]
