using System.Text;
using Abscopal.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
Terminal.StandardOutput = stdout;
var exit = CliApplication.Run(args, stdout, Console.Error);
stdout.Flush();
return exit;
