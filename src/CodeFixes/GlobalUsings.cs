global using ParamArena.Marshalling;
