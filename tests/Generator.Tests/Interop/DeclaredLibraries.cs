using ParamArena;

// zlib under names that differ per platform; the first two do not exist here, so the third is the one loaded.
[assembly: ArenaLibrary("zlib-portable", "zlib1.dll", "/nonexistent/libz.so.1", "libz.so.1", "libz.1.dylib")]
// A library that exists nowhere: the failure names every candidate.
[assembly: ArenaLibrary("nowhere-portable", "nowhere-a.dll", "libnowhere-b.so")]
