using Timeline.Cli;

return TimelineCli.Run(args, CliConsole.FromSystem());
