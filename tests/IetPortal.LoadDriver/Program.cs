using System.Globalization;
using IetPortal.LoadDriver;
using IetPortal.LoadDriver.Durability;
using IetPortal.LoadDriver.Load;

// The driver of tests/load.sh and tests/durability.sh (see docs/reliability.md). The scripts start and stop the app;
// this program only talks to it over HTTP and, to verify durability, reads its database.
//
//   load              --url URL [--clients 64] [--seconds 60] [--seed 1] [--report FILE]
//   durability-load   --url URL --journal FILE --ready FILE [--clients 8] [--max-seconds 120] [--seed 1] [--label R1]
//   durability-verify --url URL --provider Sqlite|Postgres --connection STRING --journal FILE [--journal FILE ...]
var arguments = Arguments.Parse(args);
try
{
    return arguments.Command switch
    {
        "load" => await new LoadRun(new LoadOptions(
            arguments.Url,
            arguments.Int("clients", 64),
            TimeSpan.FromSeconds(arguments.Int("seconds", 60)),
            arguments.Int("seed", 1),
            arguments.Optional("report"))).RunAsync(),
        "durability-load" => await new DurabilityLoad(new DurabilityLoadOptions(
            arguments.Url,
            arguments.Required("journal"),
            arguments.Required("ready"),
            arguments.Int("clients", 8),
            TimeSpan.FromSeconds(arguments.Int("max-seconds", 120)),
            arguments.Int("seed", 1),
            arguments.Optional("label") ?? "R1")).RunAsync(),
        "durability-verify" => await new DurabilityVerify(
            arguments.Url,
            arguments.Required("provider"),
            arguments.Required("connection"),
            arguments.All("journal")).RunAsync(),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: IetPortal.LoadDriver load|durability-load|durability-verify --url URL [options] (see Program.cs)");
    return 2;
}

namespace IetPortal.LoadDriver
{
    /// <summary>"command --name value ..." with repeatable names.</summary>
    internal sealed class Arguments
    {
        private readonly List<KeyValuePair<string, string>> _values = [];

        public string Command { get; private init; } = "";

        public Uri Url => new(Required("url").TrimEnd('/') + "/");

        public static Arguments Parse(string[] args)
        {
            var parsed = new Arguments { Command = args.Length > 0 ? args[0] : "" };
            for (var i = 1; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"expected --name value, found {args[i]}");
                }

                parsed._values.Add(new(args[i][2..], args[i + 1]));
            }

            return parsed;
        }

        public string? Optional(string name) => _values.LastOrDefault(v => v.Key == name).Value;

        public string Required(string name) => Optional(name) ?? throw new ArgumentException($"--{name} is required");

        public IReadOnlyList<string> All(string name) => [.. _values.Where(v => v.Key == name).Select(v => v.Value)];

        public int Int(string name, int fallback) =>
            Optional(name) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
    }
}
