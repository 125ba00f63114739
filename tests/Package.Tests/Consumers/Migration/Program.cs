System.Console.WriteLine($"{LibC.StrLen("h\u00e9llo")} {LibC.Abs(-4)} {Strings.Compare("arena", "arena")}");
