System.Console.WriteLine($"{Strings.RealPath("/", 0)} {LibC.StrLen("h\u00e9llo")} {LibC.Abs(-4)} {Strings.Compare("arena", "arena")}");
